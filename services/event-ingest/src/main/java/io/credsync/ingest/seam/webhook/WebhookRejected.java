package io.credsync.ingest.seam.webhook;

/** A webhook that is not proven to come from Seam (forged, stale, incomplete); the reason is safe to answer. */
public class WebhookRejected extends Exception {

    public WebhookRejected(String reason) {
        super(reason, null, false, false);
    }
}
