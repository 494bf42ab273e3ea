package io.credsync.vendor.basip.dispatch;

import java.util.Map;

import io.credsync.simulator.basip.BasIpSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Embedded BAS-IP panels; tests define the simulator as connection {@code basip} of their tenant, whose secret
 * {@code basip-key} is the panels' {@code admin:password}. Panels are retried quickly here (short breaker and
 * backoff cap), so that an offline panel's return is seen within a test.
 */
public class BasIpSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "basip";
    static final String SECRET_REF = "basip-key";
    static volatile BasIpSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = BasIpSimulator.start();
        return Map.of("credsync.secret." + SECRET_REF, simulator.secret(),
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
