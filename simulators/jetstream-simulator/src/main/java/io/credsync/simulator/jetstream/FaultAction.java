package io.credsync.simulator.jetstream;

import java.time.Duration;
import java.util.Optional;

/** What a fault does to a matching vendor request. */
sealed interface FaultAction {

    /** Answers this status (e.g. 503) with a {@code {"Message":…}} body; the request has no effect. */
    record Status(int status) implements FaultAction {
    }

    /** Answers 429 with {@code Retry-After: <seconds>}; the request has no effect. */
    record TooManyRequests(int retryAfterSeconds) implements FaultAction {
    }

    /** Waits, then handles the request normally (its effect happens after the wait, even if the client left). */
    record Delay(Duration delay) implements FaultAction {
    }

    /** Closes the connection without answering; the request has no effect. */
    record DropConnection() implements FaultAction {
    }

    /**
     * Applies the request's effect, then closes the connection without answering (no delay) or answers only after
     * the delay, when the client has (presumably) given up: the client cannot know whether its write happened.
     */
    record TimeoutAfterWrite(Optional<Duration> delay) implements FaultAction {
    }
}
