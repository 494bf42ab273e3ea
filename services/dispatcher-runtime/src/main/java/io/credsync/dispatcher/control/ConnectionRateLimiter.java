package io.credsync.dispatcher.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per vendor connection (account), which also honours a vendor's 429 Retry-After by pausing the whole
 * connection. Non-blocking: callers ask how long to wait and reschedule instead of sleeping.
 */
public class ConnectionRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return zero when a call may go now (and takes a token), else how long to wait */
    public Duration acquire(String connectionId, double perSecond) {
        return buckets.computeIfAbsent(connectionId, id -> new Bucket(perSecond)).acquire(perSecond, System.nanoTime());
    }

    /** The vendor said 429: no call on this connection before {@code retryAfter}. */
    public void pause(String connectionId, Duration retryAfter) {
        buckets.computeIfAbsent(connectionId, id -> new Bucket(1)).pauseUntil(System.nanoTime() + retryAfter
                .toNanos());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();
        private long pausedUntil;

        Bucket(double perSecond) {
            this.tokens = Math.max(1, perSecond);
        }

        synchronized Duration acquire(double perSecond, long now) {
            if (now < pausedUntil) {
                return Duration.ofNanos(pausedUntil - now);
            }
            double capacity = Math.max(1, perSecond);
            tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) ((1 - tokens) / perSecond * 1e9));
        }

        synchronized void pauseUntil(long until) {
            pausedUntil = Math.max(pausedUntil, until);
        }
    }
}
