package io.credsync.simulator.genetec;

import java.time.Duration;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.ErrorAnswers;
import io.vertx.core.json.JsonObject;

/** The kit's answers in the simulator's Clearance error body ({@code {"error","message"}}; the real body is ND). */
final class GenetecErrors implements ErrorAnswers {

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

    static Answer error(int status, String code, String message) {
        return Answer.json(status, new JsonObject().put("error", code).put("message", message));
    }
}
