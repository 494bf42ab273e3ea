package io.credsync.dispatcher.control;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, capped; a vendor's Retry-After wins when it asks for longer. */
public record RetryPolicy(Duration base, Duration cap) {

    public Duration delay(int attempt, Duration retryAfter) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() * (1L << Math.min(20, Math.max(0, attempt - 1))));
        long jittered = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        Duration backoff = Duration.ofMillis(jittered);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }
}
