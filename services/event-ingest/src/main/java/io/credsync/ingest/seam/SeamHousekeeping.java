package io.credsync.ingest.seam;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.credsync.ingest.events.SeenVendorEvents;
import io.credsync.ingest.seam.webhook.WebhookMessages;

/** Forgets webhook message ids and event ids past the dedupe retention (at least two days). */
@ApplicationScoped
public class SeamHousekeeping {

    private static final Logger LOG = Logger.getLogger(SeamHousekeeping.class);

    private final SeamIngestConfig config;
    private final WebhookMessages webhookMessages;
    private final SeenVendorEvents seenEvents;

    public SeamHousekeeping(SeamIngestConfig config, WebhookMessages webhookMessages, SeenVendorEvents seenEvents) {
        this.config = config;
        this.webhookMessages = webhookMessages;
        this.seenEvents = seenEvents;
    }

    public void run() throws Exception {
        int messages = webhookMessages.forgetOlderThan(config.dedupeRetention());
        int events = seenEvents.forgetOlderThan(config.dedupeRetention());
        if (messages + events > 0) {
            LOG.infof("forgot %d webhook message ids and %d vendor event ids", messages, events);
        }
    }
}
