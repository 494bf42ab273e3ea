package io.credsync.vendor.seam.events.webhook;

/** A webhook that is not proven to come from Seam (forged, stale, incomplete); the reason is safe to answer. */
public class WebhookRejected extends Exception {

    public WebhookRejected(String reason) {
        super(reason, null, false, false);
    }
}
