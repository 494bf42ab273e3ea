package io.credsync.vendor.jetstream.dispatch;

import java.util.Map;

import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** An embedded Jetstream simulator, registered as the dispatcher's connection {@code js}. */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "js";
    static volatile JetstreamSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = JetstreamSimulator.start(0, "11111111-2222-3333-4444-555555555555");
        return Map.of(
                "credsync.connections." + CONNECTION + ".base-url", simulator.baseUrl(),
                "credsync.connections." + CONNECTION + ".api-key", simulator.accessKey(),
                "credsync.connections." + CONNECTION + ".rate-per-second", "200");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
