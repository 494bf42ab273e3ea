package io.credsync.vendor.seam.events;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.credsync.vendor.seam.events.webhook.WebhookMessages;

/** Forgets webhook message ids past their retention (the runtime forgets seen event ids itself). */
final class SeamHousekeeping {

    private static final Logger LOG = Logger.getLogger(SeamHousekeeping.class);

    private final WebhookMessages webhookMessages;
    private final Duration retention;

    SeamHousekeeping(WebhookMessages webhookMessages, Duration retention) {
        this.webhookMessages = webhookMessages;
        this.retention = retention;
    }

    boolean run() throws Exception {
        int messages = webhookMessages.forgetOlderThan(retention);
        if (messages > 0) {
            LOG.infof("forgot %d webhook message ids", messages);
        }
        return false;
    }
}
