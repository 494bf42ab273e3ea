package io.credsync.ingest.jetstream;

import java.util.Map;

import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** An embedded Jetstream simulator whose event queue event-ingest polls as account {@code js}. */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    static volatile JetstreamSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = JetstreamSimulator.start(0, "11111111-2222-3333-4444-555555555555");
        return Map.of(
                "credsync.ingest.jetstream.connections.js.base-url", simulator.baseUrl(),
                "credsync.ingest.jetstream.connections.js.api-key", simulator.accessKey(),
                "credsync.ingest.jetstream.poll-interval", "PT0.1S");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
