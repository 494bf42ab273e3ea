package io.credsync.simulator.seam.api;

import io.credsync.simulator.kit.StatusException;
import io.vertx.core.json.JsonObject;

/**
 * An error answered the way Seam answers it: {@code {"error":{"type","message","validation_errors"?},"ok":false}}
 * with an HTTP status. Types follow Seam (nextlove): {@code invalid_input}, {@code unauthorized},
 * {@code <resource>_not_found}, ...
 */
public final class SeamApiException extends StatusException {

    private final String type;
    private final JsonObject validationErrors;

    public SeamApiException(int status, String type, String message, JsonObject validationErrors) {
        super(status, message);
        this.type = type;
        this.validationErrors = validationErrors;
    }

    public static SeamApiException invalidInput(ValidationErrors errors) {
        return new SeamApiException(400, "invalid_input", errors.message(), errors.format());
    }

    public static SeamApiException invalidInput(String field, String message) {
        return invalidInput(new ValidationErrors().add(message, field));
    }

    public static SeamApiException badRequest(String type, String message) {
        return new SeamApiException(400, type, message, null);
    }

    public static SeamApiException notFound(String resource) {
        return new SeamApiException(404, resource + "_not_found", resource + " not found", null);
    }

    public static SeamApiException unauthorized(String message) {
        return new SeamApiException(401, "unauthorized", message, null);
    }

    public String type() {
        return type;
    }

    public JsonObject body() {
        JsonObject error = new JsonObject().put("type", type).put("message", getMessage());
        if (validationErrors != null) {
            error.put("validation_errors", validationErrors);
        }
        return new JsonObject().put("error", error).put("ok", false);
    }
}
