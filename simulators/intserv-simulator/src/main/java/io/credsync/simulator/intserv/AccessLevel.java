package io.credsync.simulator.intserv;

import io.vertx.core.json.JsonObject;

/** An access level (a UUID) of one access system. */
record AccessLevel(String id, String name, String systemId) {

    JsonObject toJson() {
        return new JsonObject().put("id", id).put("name", name).put("system_id", systemId);
    }
}
