package io.credsync.vendor.intserv.events;

import java.time.Duration;
import java.util.Map;

import io.credsync.model.Vendor;
import io.credsync.simulator.intserv.IntServSimulator;
import io.credsync.simulator.intserv.SimulatorSettings;
import io.credsync.testsupport.TestConnections;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded IntServ account whose key statuses event-ingest polls: the registry's connection {@code intserv-events}
 * of tenant {@code intserv-tests} (published on the connections topic), its API key as secret
 * {@code intserv-events-key}. Systems take an hour of simulated time to apply a change: tests advance the clock.
 * Small status batches, so that a round cannot read everything in flight.
 */
public class StatusSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String TENANT = "intserv-tests";
    static final String CONNECTION = "intserv-events";
    static final String SECRET_REF = "intserv-events-key";
    static final Duration PROPAGATION = Duration.ofHours(1);
    static final int BATCH = 4;
    static volatile IntServSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = IntServSimulator.start(0, SimulatorSettings.defaults().withPropagationDelay(PROPAGATION));
        TestConnections.define(TENANT, CONNECTION, Vendor.INTSERV, simulator.baseUrl(), SECRET_REF, 100, Map.of());
        return Map.of(
                "credsync.secret." + SECRET_REF, simulator.apiKey(),
                "credsync.vendor.intserv.status-poll-interval", "PT0.2S",
                "credsync.vendor.intserv.status-batch-size", String.valueOf(BATCH));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
