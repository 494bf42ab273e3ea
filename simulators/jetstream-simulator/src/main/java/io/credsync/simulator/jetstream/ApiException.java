package io.credsync.simulator.jetstream;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.StatusException;
import io.vertx.core.json.JsonObject;

/** A vendor error answer: status plus the message that goes into the {@code {"Message":…}} body. */
final class ApiException extends StatusException {

    ApiException(int status, String message) {
        super(status, message);
    }

    Answer response() {
        return error(status(), getMessage());
    }

    /**
     * The v3 error body is not documented; Jetstream is an ASP.NET Web API service, whose default error body is
     * {@code {"Message":"…"}}, so that is what we answer.
     */
    static Answer error(int status, String message) {
        return Answer.json(status, new JsonObject().put("Message", message));
    }
}
