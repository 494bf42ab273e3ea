package io.credsync.simulator.intserv;

import java.time.Instant;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** What the simulator holds for one access key, as tests and the control API see it. */
public record StoredKey(String id, String type, String identification, String personId, String pin,
        Instant validFrom, Instant validTo, List<String> accessLevels) {

    static StoredKey of(AccessKey key) {
        return new StoredKey(key.id, key.key.type(), key.key.identification(), key.personId, key.pin, key.validFrom,
                key.validTo, key.accessLevels);
    }

    JsonObject toJson() {
        return new JsonObject().put("id", id).put("type", type).put("identification", identification)
                .put("person_id", personId).put("pin_set", pin != null)
                .put("valid_from_date", validFrom == null ? null : validFrom.toString())
                .put("valid_to_date", validTo == null ? null : validTo.toString())
                .put("access_levels", new JsonArray(accessLevels));
    }
}
