package io.credsync.simulator.kit.http;

import java.time.Duration;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.StatusException;
import io.vertx.core.json.JsonObject;

/**
 * The kit's answers in a {@code {"error":"<code>","message":"<text>"}} body, for simulators of vendors whose error body
 * has that shape or is not documented (IntServ, Genetec Clearance): one wording, not one copy per simulator.
 */
public final class CodedErrorAnswers implements ErrorAnswers {

    @Override
    public Answer fault(int status) {
        return error(status, "SimulatedFault", "Simulated fault");
    }

    @Override
    public Answer rateLimited(Duration retryAfter) {
        return error(429, "TooManyRequests", "Too many requests (simulated)")
                .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public Answer controlError(int status, String message) {
        return error(status, status == 404 ? "NotFound" : "BadRequest", message);
    }

    public static Answer error(int status, String code, String message) {
        return Answer.json(status, new JsonObject().put("error", code).put("message", message));
    }

    /** A refusal worded in that body: the vendor's code and a message that never quotes a secret. */
    public static class Refusal extends StatusException {

        private final String code;

        public Refusal(int status, String code, String message) {
            super(status, message);
            this.code = code;
        }

        public Answer answer() {
            return error(status(), code, getMessage());
        }
    }
}
