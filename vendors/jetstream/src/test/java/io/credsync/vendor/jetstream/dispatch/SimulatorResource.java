package io.credsync.vendor.jetstream.dispatch;

import java.util.Map;

import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded Jetstream simulator; tests define it as connection {@code js} of their tenant ({@link Commands#send}),
 * and its AccessKey is the dispatcher's secret {@code js-key}.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String CONNECTION = "js";
    static final String SECRET_REF = "js-key";
    static volatile JetstreamSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = JetstreamSimulator.start(0, "11111111-2222-3333-4444-555555555555");
        // an offline device is looked at twice a second, and a queued sync counts as timed out after 10 s of ours
        // (tests time it out at the simulator by moving its clock 25 h)
        return Map.of("credsync.secret." + SECRET_REF, simulator.accessKey(),
                "credsync.dispatch.request-timeout", "PT1S",
                "credsync.vendor.jetstream.offline-recheck-interval", "PT0.5S",
                "credsync.vendor.jetstream.queue-timeout", "PT10S");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
