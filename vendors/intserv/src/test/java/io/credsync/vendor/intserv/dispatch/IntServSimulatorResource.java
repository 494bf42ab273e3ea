package io.credsync.vendor.intserv.dispatch;

import java.util.Map;

import io.credsync.simulator.intserv.IntServSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded IntServ account; tests define it as connection {@code intserv} of their tenant, whose secret
 * {@code intserv-key} is the Integration API Key. Every test has access systems of its own (named after its tenant),
 * since the account is shared and a key spec is unique in it.
 */
public class IntServSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "intserv";
    static final String SECRET_REF = "intserv-key";
    /** A secret that is not the account's Integration API Key (a revoked one). */
    static final String REVOKED_SECRET_REF = "intserv-revoked-key";
    static volatile IntServSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = IntServSimulator.start();
        return Map.of("credsync.secret." + SECRET_REF, simulator.apiKey(),
                "credsync.secret." + REVOKED_SECRET_REF, "revoked-integration-key",
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
