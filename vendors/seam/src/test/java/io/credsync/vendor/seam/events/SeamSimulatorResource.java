package io.credsync.vendor.seam.events;

import java.util.HashMap;
import java.util.Map;

import io.credsync.model.Vendor;
import io.credsync.simulator.seam.SeamSimulator;
import io.credsync.simulator.seam.webhook.SvixSignature;
import io.credsync.testsupport.TestConnections;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An embedded Seam simulator as one Seam connection of tenant {@link #TENANT}, defined on the connections topic as the
 * registry would, whose webhooks are signed with {@link #SECRET} (its {@code webhook_secret_refs} also name
 * {@link #OLD_SECRET}); the secrets are given to event-ingest as {@code credsync.secret.<ref>}. The subclasses differ in timing, so that each test class proves
 * one path: webhooks, the read-back sweep, or the events poll. A distinct connection id per subclass keeps a class
 * from watching the credentials of the classes before it (they share the outcomes topic).
 */
public abstract class SeamSimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String TENANT = "seam-events-tests";
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
        // secret refs per class: connections of the classes before stay on the topic, but cannot be used here
        String refs = connectionId + "-";
        TestConnections.define(TENANT, connectionId, Vendor.SEAM, simulator.baseUrl(), refs + "api-key", 100,
                Map.of("webhook_secret_refs", refs + "webhook-old," + refs + "webhook-new"));
        var config = new HashMap<>(timing());
        config.put("credsync.secret." + refs + "api-key", API_KEY);
        config.put("credsync.secret." + refs + "webhook-old", OLD_SECRET);
        config.put("credsync.secret." + refs + "webhook-new", SECRET);
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
            return Map.of("credsync.vendor.seam.events-poll-interval", "PT1H",
                    "credsync.vendor.seam.readback-after", "PT1H",
                    "credsync.vendor.seam.readback-interval", "PT0.5S");
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
            return Map.of("credsync.vendor.seam.events-poll-interval", "PT1H",
                    "credsync.vendor.seam.readback-after", "PT1S",
                    "credsync.vendor.seam.readback-interval", "PT0.3S");
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
            return Map.of("credsync.vendor.seam.events-poll-interval", "PT0.3S",
                    "credsync.vendor.seam.events-page-size", "2",
                    "credsync.vendor.seam.readback-after", "PT1H",
                    "credsync.vendor.seam.readback-interval", "PT0.5S");
        }
    }
}
