package io.credsync.simulator.seam.webhook;

import java.util.List;
import java.util.Locale;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One event's webhook message: its {@code svix-id} (the same on every attempt), the event, the body sent, its
 * attempts so far and where it stands.
 */
public record WebhookDelivery(String svixId, String eventId, String eventType, String url, String payload,
        Status status, List<WebhookAttempt> attempts) {

    public enum Status {
        /** Attempts remain (the first one, or a retry, is scheduled). */
        PENDING,
        /** An attempt was answered 2xx. */
        SUCCEEDED,
        /** Every attempt of the schedule failed. */
        FAILED,
        /** Delivery was paused when an attempt came due: the webhook is lost. */
        DROPPED
    }

    public JsonObject toJson() {
        JsonArray attemptsJson = new JsonArray();
        attempts.forEach(a -> attemptsJson.add(a.toJson()));
        return new JsonObject()
                .put("svix_id", svixId)
                .put("event_id", eventId)
                .put("event_type", eventType)
                .put("url", url)
                .put("status", status.name().toLowerCase(Locale.ROOT))
                .put("attempts", attemptsJson);
    }
}
