package io.credsync.simulator.intserv;

import io.vertx.core.json.JsonObject;

/**
 * One access control system of the account. {@code codesEnabled=false}: it refuses code keys (the key's status names
 * {@code CodeNotEnabled} for it). {@code codeLength}: longer codes are cut from the left when it takes them, as the
 * docs warn, so a different code reaches its doors.
 */
record AccessSystem(String id, boolean codesEnabled, int codeLength) {

    static AccessSystem of(String id) {
        return new AccessSystem(id, true, 6);
    }

    AccessSystem with(JsonObject body) {
        return new AccessSystem(id, body.getBoolean("codes_enabled", codesEnabled),
                body.getInteger("code_length", codeLength));
    }

    /** Why this system refuses the key, or null. */
    String refusal(KeySpec key) {
        return KeySpec.CODE.equals(key.type()) && !codesEnabled ? "CodeNotEnabled" : null;
    }

    /** The code as its doors read it: cut from the left to the system's length. */
    String doorCode(String code) {
        return code.length() <= codeLength ? code : code.substring(code.length() - codeLength);
    }

    JsonObject toJson() {
        return new JsonObject().put("system_id", id).put("codes_enabled", codesEnabled).put("code_length", codeLength);
    }
}
