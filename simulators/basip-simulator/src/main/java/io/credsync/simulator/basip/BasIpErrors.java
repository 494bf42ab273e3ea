package io.credsync.simulator.basip;

import java.time.Duration;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.ErrorAnswers;
import io.vertx.core.json.JsonObject;

/** The kit's answers in the android panels' {@code {"error":"…"}} body. */
final class BasIpErrors implements ErrorAnswers {

    @Override
    public Answer fault(int status) {
        return error(status, "Simulated fault");
    }

    @Override
    public Answer rateLimited(Duration retryAfter) {
        return error(429, "Too many requests (simulated)")
                .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public Answer controlError(int status, String message) {
        return error(status, message);
    }

    static Answer error(int status, String message) {
        return Answer.json(status, new JsonObject().put("error", message));
    }
}
