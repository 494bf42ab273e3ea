package io.credsync.simulator.kit.http;

import java.time.Duration;

import io.credsync.simulator.kit.Answer;

/** How a vendor words the answers the kit produces: injected faults and control API errors. */
public interface ErrorAnswers {

    /** An injected status fault, in the vendor's error body. */
    Answer fault(int status);

    /** An injected (or vendor) 429, with {@code Retry-After} as the vendor rounds it. */
    Answer rateLimited(Duration retryAfter);

    /** A control API error (400 bad input, 404 unknown id). */
    Answer controlError(int status, String message);
}
