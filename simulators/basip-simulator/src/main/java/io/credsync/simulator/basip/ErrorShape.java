package io.credsync.simulator.basip;

import java.util.Locale;

import io.credsync.simulator.kit.Answer;
import io.vertx.core.json.JsonObject;

/**
 * The two error bodies of the BAS-IP families: android panels answer {@code {"error":"<text>"}}, the door controller
 * {@code {"error":{"code","message","data":{"param"}}}} with codes such as {@code invalid_authentication},
 * {@code permission_denied}, {@code not_valid}, {@code bad_request}.
 */
public enum ErrorShape {
    ANDROID, DOOR_CONTROLLER;

    Answer answer(int status, String code, String message, String param) {
        if (this == ANDROID) {
            return Answer.json(status, new JsonObject().put("error", message));
        }
        JsonObject data = param == null ? new JsonObject() : new JsonObject().put("param", param);
        return Answer.json(status, new JsonObject().put("error",
                new JsonObject().put("code", code).put("message", message).put("data", data)));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ErrorShape of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
