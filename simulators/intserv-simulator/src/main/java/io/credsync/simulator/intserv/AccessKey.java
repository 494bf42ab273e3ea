package io.credsync.simulator.intserv;

import java.time.Instant;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An access key as IntServ holds it. {@code changedAt} is when its last add or update was answered: each access
 * system applies that change a propagation delay later.
 */
final class AccessKey {

    final String id;
    final KeySpec key;
    final String personId;
    String pin;
    Instant validFrom;
    Instant validTo;
    List<String> accessLevels;
    Instant changedAt;

    AccessKey(String id, KeySpec key, String personId) {
        this.id = id;
        this.key = key;
        this.personId = personId;
    }

    /** The add answer (a PIN is write-only: never answered). */
    JsonObject toJson(Person person) {
        return new JsonObject().put("id", id).put("key", key.toJson())
                .put("valid_from_date", validFrom == null ? null : validFrom.toString())
                .put("valid_to_date", validTo == null ? null : validTo.toString())
                .put("access_levels", new JsonArray(accessLevels))
                .put("person", person.toJson());
    }
}
