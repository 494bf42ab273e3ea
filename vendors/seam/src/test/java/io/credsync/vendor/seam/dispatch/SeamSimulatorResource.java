package io.credsync.vendor.seam.dispatch;

import java.util.Map;

import io.credsync.simulator.seam.SeamSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** An embedded Seam simulator, registered as the dispatcher's connection {@code seam}. */
public class SeamSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "seam";
    static volatile SeamSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = SeamSimulator.start(0, "seam_test_dispatcher_key");
        return Map.of(
                "credsync.connections." + CONNECTION + ".base-url", simulator.baseUrl(),
                "credsync.connections." + CONNECTION + ".api-key", simulator.apiKey(),
                "credsync.connections." + CONNECTION + ".rate-per-second", "500");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
