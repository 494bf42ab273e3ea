package io.credsync.simulator.jetstream;

import java.time.Duration;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.ErrorAnswers;

/** The kit's answers in Jetstream's {@code {"Message":…}} body. */
final class JetstreamErrors implements ErrorAnswers {

    @Override
    public Answer fault(int status) {
        return ApiException.error(status, "Simulated fault.");
    }

    @Override
    public Answer rateLimited(Duration retryAfter) {
        return ApiException.error(429, "Too many requests (simulated).")
                .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public Answer controlError(int status, String message) {
        return ApiException.error(status, message);
    }
}
