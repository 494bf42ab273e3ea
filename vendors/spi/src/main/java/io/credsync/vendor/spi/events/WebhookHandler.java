package io.credsync.vendor.spi.events;

import java.util.Map;

import io.credsync.vendor.spi.VendorConnection;

/** A vendor's webhook endpoint: verifies a delivery for one connection and handles it. */
@FunctionalInterface
public interface WebhookHandler {

    /**
     * @param headers request headers, names in lower case
     * @return 2xx when handled (or a known duplicate); any other status refuses the delivery with the reason
     * @throws Exception when it could not be handled now: the runtime answers 503 and the sender retries
     */
    WebhookAnswer receive(VendorConnection connection, Map<String, String> headers, byte[] body) throws Exception;

    /**
     * The answer to a delivery: a status and, when refused, the problem's type (a stable slug, e.g.
     * {@code webhook-signature}) and a detail safe to show the sender.
     */
    record WebhookAnswer(int status, String problemType, String detail) {

        public static WebhookAnswer accepted() {
            return new WebhookAnswer(204, null, null);
        }

        /** Not proven to come from the vendor (forged, stale, incomplete): 401. */
        public static WebhookAnswer notVerified(String detail) {
            return new WebhookAnswer(401, "webhook-signature", detail);
        }
    }
}
