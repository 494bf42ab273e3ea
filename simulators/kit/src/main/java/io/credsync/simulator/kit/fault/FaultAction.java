package io.credsync.simulator.kit.fault;

import java.time.Duration;
import java.util.Optional;

/** What a fault does to a matching vendor request. */
public sealed interface FaultAction {

    /** Answers this 4xx/5xx status with the vendor's error body; the request has no effect. */
    record Status(int status) implements FaultAction {
    }

    /** Answers 429 with {@code Retry-After} (whole seconds, rounded up); the request has no effect. */
    record RateLimit(Duration retryAfter) implements FaultAction {
    }

    /** Waits, then handles the request normally (its effect happens after the wait, even if the client left). */
    record Delay(Duration delay) implements FaultAction {
    }

    /** Closes the connection without answering; the request has no effect. */
    record DropConnection() implements FaultAction {
    }

    /**
     * Applies the request, then loses the answer: closes the connection at once, or answers only after
     * {@code answerAfter}, beyond the client's timeout. The client cannot know whether its write happened.
     */
    record TimeoutAfterWrite(Optional<Duration> answerAfter) implements FaultAction {
    }
}
