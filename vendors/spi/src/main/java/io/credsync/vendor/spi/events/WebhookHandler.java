package io.credsync.vendor.spi.events;

import java.util.Map;

import io.credsync.vendor.spi.VendorConnection;

/** A vendor's webhook endpoint: verifies a delivery for one connection and handles it. */
@FunctionalInterface
public interface WebhookHandler {

    /**
     * @param headers request headers, names in lower case
     * @return 2xx when handled (or a known duplicate); any other status refuses the delivery with the reason
     */
    WebhookAnswer receive(VendorConnection connection, Map<String, String> headers, byte[] body) throws Exception;

    /**
     * The answer to a delivery: a status and, when refused, the problem's rule (a stable id, e.g.
     * {@code webhook.signature}) and a detail safe to show the sender.
     */
    record WebhookAnswer(int status, String rule, String detail) {

        public static WebhookAnswer accepted() {
            return new WebhookAnswer(204, null, null);
        }

        public static WebhookAnswer refused(int status, String rule, String detail) {
            return new WebhookAnswer(status, rule, detail);
        }
    }
}
