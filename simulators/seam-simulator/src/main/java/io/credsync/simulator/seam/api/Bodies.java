package io.credsync.simulator.seam.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.credsync.simulator.seam.workspace.Timestamps;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Reads fields of a request body that already passed the schema check. */
final class Bodies {

    private Bodies() {
    }

    static String string(JsonObject body, String key) {
        return body.getValue(key) instanceof String text ? text : null;
    }

    static Instant instant(JsonObject body, String key) {
        return Timestamps.parse(string(body, key)).orElse(null);
    }

    static Boolean bool(JsonObject body, String key) {
        return body.getValue(key) instanceof Boolean flag ? flag : null;
    }

    static List<String> strings(JsonObject body, String key) {
        List<String> values = new ArrayList<>();
        if (body.getValue(key) instanceof JsonArray array) {
            array.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }

    /**
     * The acs_user a request is about. Seam also accepts {@code user_identity_id} (+ {@code acs_system_id}); user
     * identities are not simulated, so that form is refused.
     */
    static String acsUserId(JsonObject body) {
        String acsUserId = string(body, "acs_user_id");
        if (acsUserId != null) {
            return acsUserId;
        }
        refuseUserIdentity(body);
        throw SeamApiException.invalidInput(new ValidationErrors().add("Required", "acs_user_id"));
    }

    static void refuseUserIdentity(JsonObject body) {
        if (body.containsKey("user_identity_id")) {
            throw SeamApiException.invalidInput("user_identity_id",
                    "user identities are not simulated: send acs_user_id");
        }
    }

    /** Seam's rule for a validity window: {@code ends_at} after {@code starts_at} and in the future. */
    static void checkWindow(Instant startsAt, Instant endsAt, Instant now, ValidationErrors errors, String... path) {
        if (endsAt == null) {
            return;
        }
        List<String> endsAtPath = new ArrayList<>(List.of(path));
        endsAtPath.add("ends_at");
        if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add("ends_at must be after starts_at", endsAtPath);
        }
        if (!endsAt.isAfter(now)) {
            errors.add("ends_at must be in the future", endsAtPath);
        }
    }
}
