package io.credsync.simulator.seam.workspace;

import java.time.Instant;

import io.vertx.core.json.JsonObject;

/**
 * One entry of an object's {@code warnings}, {@code errors} or {@code pending_mutations}: a code (rendered under
 * {@code codeField}, e.g. {@code warning_code}), a message and when it was raised.
 */
record Notice(String code, String message, Instant createdAt) {

    JsonObject toJson(String codeField, boolean withCreatedAt) {
        JsonObject json = new JsonObject();
        if (withCreatedAt) {
            json.put("created_at", Timestamps.format(createdAt));
        }
        return json.put("message", message).put(codeField, code);
    }
}
