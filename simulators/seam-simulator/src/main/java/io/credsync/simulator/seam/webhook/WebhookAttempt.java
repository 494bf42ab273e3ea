package io.credsync.simulator.seam.webhook;

import java.time.Instant;

import io.credsync.simulator.seam.workspace.Timestamps;
import io.vertx.core.json.JsonObject;

/**
 * One delivery attempt: when, the {@code svix-timestamp} and {@code svix-signature} sent, and the outcome (HTTP
 * status, or 0 with an error when no answer came).
 */
public record WebhookAttempt(int number, Instant at, long svixTimestamp, String svixSignature, int status,
        String error) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("number", number)
                .put("at", Timestamps.format(at))
                .put("svix_timestamp", svixTimestamp)
                .put("status", status)
                .put("error", error);
    }
}
