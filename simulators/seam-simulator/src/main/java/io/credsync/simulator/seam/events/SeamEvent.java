package io.credsync.simulator.seam.events;

import java.time.Instant;

import io.credsync.simulator.kit.events.EventJournal;
import io.vertx.core.json.JsonObject;

/** One workspace event as {@code /events/list} and webhooks carry it; {@code sequence} orders equal timestamps. */
public record SeamEvent(String eventId, String eventType, Instant occurredAt, long sequence, JsonObject json) {

    static SeamEvent of(EventJournal.Entry<JsonObject> entry) {
        return new SeamEvent(entry.id(), entry.body().getString("event_type"), entry.at(), entry.sequence(),
                entry.body());
    }

    public String acsSystemId() {
        return json.getString("acs_system_id");
    }
}
