package io.credsync.vendor.seam.dispatch;

import java.util.Map;

import io.credsync.simulator.seam.SeamSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded Seam simulator; tests define it as connection {@code seam} of their tenant ({@link SeamCommands#send}),
 * and its API key is the dispatcher's secret {@code seam-key}.
 */
public class SeamSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "seam";
    static final String SECRET_REF = "seam-key";
    static volatile SeamSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = SeamSimulator.start(0, "seam_test_dispatcher_key");
        return Map.of("credsync.secret." + SECRET_REF, simulator.apiKey());
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
