package io.credsync.simulator.seam.events;

import java.time.Instant;

import io.vertx.core.json.JsonObject;

/** One workspace event as {@code /events/list} and webhooks carry it; {@code sequence} orders equal timestamps. */
public record SeamEvent(String eventId, String eventType, Instant occurredAt, long sequence, JsonObject json) {

    public String acsSystemId() {
        return json.getString("acs_system_id");
    }
}
