package io.credsync.simulator.intserv;

import io.vertx.core.json.JsonObject;

/** A person keys are assigned to; created by the first add that names none, with generated names if not given. */
record Person(String id, String firstName, String lastName) {

    JsonObject toJson() {
        return new JsonObject().put("id", id).put("first_name", firstName).put("last_name", lastName);
    }
}
