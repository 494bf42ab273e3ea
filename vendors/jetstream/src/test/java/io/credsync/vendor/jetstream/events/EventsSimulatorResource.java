package io.credsync.vendor.jetstream.events;

import java.util.Map;

import io.credsync.model.Vendor;
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.testsupport.TestConnections;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded Jetstream simulator whose event queue event-ingest polls: the registry's connection {@code js-events}
 * (published on the connections topic) with its access key as secret {@code jetstream-events-key}.
 */
public class EventsSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET_REF = "jetstream-events-key";
    static volatile JetstreamSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = JetstreamSimulator.start(0, "11111111-2222-3333-4444-555555555555");
        TestConnections.define("events-tests", "js-events", Vendor.JETSTREAM, simulator.baseUrl(), SECRET_REF, 100,
                Map.of());
        return Map.of(
                "credsync.secret." + SECRET_REF, simulator.accessKey(),
                "credsync.vendor.jetstream.events-poll-interval", "PT0.1S");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
