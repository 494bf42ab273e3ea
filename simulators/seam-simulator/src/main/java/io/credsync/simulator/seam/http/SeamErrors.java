package io.credsync.simulator.seam.http;

import java.time.Duration;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.ErrorAnswers;
import io.credsync.simulator.seam.api.SeamApiException;
import io.vertx.core.json.JsonObject;

/** The kit's answers the Seam way: Seam's error body for the API, {@code {"error": "..."}} for the control API. */
final class SeamErrors implements ErrorAnswers {

    static Answer api(SeamApiException e) {
        return Answer.json(e.status(), e.body());
    }

    @Override
    public Answer fault(int status) {
        return api(new SeamApiException(status, "internal_server_error", "Simulated server error (fault)", null));
    }

    /** Seam's ACS limits and 429 body are not documented: {@code rate_limited}, Retry-After in whole seconds. */
    @Override
    public Answer rateLimited(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return api(new SeamApiException(429, "rate_limited", "Too many requests, retry after " + seconds + " s",
                null)).withHeader("retry-after", Long.toString(seconds));
    }

    @Override
    public Answer controlError(int status, String message) {
        return Answer.json(status, new JsonObject().put("error", message));
    }
}
