package io.credsync.ingest.seam;

import java.util.HashMap;
import java.util.Map;

import io.credsync.simulator.seam.SeamSimulator;
import io.credsync.simulator.seam.webhook.SvixSignature;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded Seam simulator as one Seam connection of event-ingest, whose webhooks are signed with {@link #SECRET}
 * (event-ingest also accepts {@link #OLD_SECRET}). The subclasses differ in timing, so that each test class proves
 * one path: webhooks, the read-back sweep, or the events poll. A distinct connection id per subclass keeps a class
 * from watching the credentials of the classes before it (they share the outcomes topic).
 */
public abstract class SeamSimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "seam_test_ingest_key";
    public static final String SECRET = SvixSignature.newSecret();
    public static final String OLD_SECRET = SvixSignature.newSecret();

    static volatile SeamSimulator simulator;
    static volatile String acsSystemId;
    static volatile String connectionId;

    protected abstract String connectionId();

    protected abstract Map<String, String> timing();

    @Override
    public Map<String, String> start() {
        simulator = SeamSimulator.start(0, API_KEY);
        simulator.webhooks().secret(SECRET);
        simulator.webhooks().retryScale(0.001);
        acsSystemId = simulator.addAcsSystem("HQ").acsSystemId();
        connectionId = connectionId();
        String prefix = "credsync.ingest.seam.connections." + connectionId + ".";
        var config = new HashMap<>(timing());
        config.put(prefix + "base-url", simulator.baseUrl());
        config.put(prefix + "api-key", API_KEY);
        config.put(prefix + "webhook-secrets", OLD_SECRET + "," + SECRET);
        return config;
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** Webhooks only: no events poll, no sweep within a test's time. */
    public static class WebhooksOnly extends SeamSimulatorResource {

        @Override
        protected String connectionId() {
            return "seam-webhooks";
        }

        @Override
        protected Map<String, String> timing() {
            return Map.of("credsync.ingest.seam.events-poll-interval", "PT1H",
                    "credsync.ingest.seam.readback-after", "PT1H",
                    "credsync.ingest.seam.readback-interval", "PT0.5S");
        }
    }

    /** The read-back sweep only: a watch is read back one second after it went quiet. */
    public static class SweepOnly extends SeamSimulatorResource {

        @Override
        protected String connectionId() {
            return "seam-sweep";
        }

        @Override
        protected Map<String, String> timing() {
            return Map.of("credsync.ingest.seam.events-poll-interval", "PT1H",
                    "credsync.ingest.seam.readback-after", "PT1S",
                    "credsync.ingest.seam.readback-interval", "PT0.3S");
        }
    }

    /** The events poll only, with pages of two events so that paging is exercised. */
    public static class EventsPollOnly extends SeamSimulatorResource {

        @Override
        protected String connectionId() {
            return "seam-poll";
        }

        @Override
        protected Map<String, String> timing() {
            return Map.of("credsync.ingest.seam.events-poll-interval", "PT0.3S",
                    "credsync.ingest.seam.events-page-size", "2",
                    "credsync.ingest.seam.readback-after", "PT1H",
                    "credsync.ingest.seam.readback-interval", "PT0.5S");
        }
    }
}
