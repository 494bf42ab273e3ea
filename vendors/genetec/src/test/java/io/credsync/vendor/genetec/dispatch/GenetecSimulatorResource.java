package io.credsync.vendor.genetec.dispatch;

import java.util.Map;

import io.credsync.simulator.genetec.GenetecPaths;
import io.credsync.simulator.genetec.GenetecSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded Clearance account; tests define it as connection {@code genetec} of their tenant, whose secret
 * {@code genetec-file} is the service principal's JSON connection file. Every test uses devices of its own (random
 * serial numbers), since the account is shared.
 */
public class GenetecSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "genetec";
    static final String SECRET_REF = "genetec-file";
    /** A connection file whose key is not the principal's: the STS refuses its assertions. */
    static final String FOREIGN_SECRET_REF = "genetec-foreign-file";
    static volatile GenetecSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = GenetecSimulator.start();
        return Map.of("credsync.secret." + SECRET_REF, simulator.connectionFile(),
                "credsync.secret." + FOREIGN_SECRET_REF, GenetecSimulator.foreignConnectionFile(
                        simulator.tenantId(), simulator.baseUrl() + GenetecPaths.TOKEN),
                "credsync.dispatch.request-timeout", "PT1S",
                "credsync.dispatch.retry-cap", "PT2S",
                "credsync.dispatch.breaker-open-for", "PT2S");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
