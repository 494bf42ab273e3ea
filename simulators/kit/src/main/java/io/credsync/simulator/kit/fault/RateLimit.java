package io.credsync.simulator.kit.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * An optional limit of N writes per sliding minute, answered with 429 and {@code Retry-After} (the time until the
 * oldest write in the window leaves it). Off by default. Thread-safe.
 */
public final class RateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Deque<Instant> writes = new ArrayDeque<>();
    private int writesPerMinute;

    public synchronized void writesPerMinute(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        writesPerMinute = limit;
        writes.clear();
    }

    public synchronized void off() {
        writesPerMinute = 0;
        writes.clear();
    }

    /** 0 when off. */
    public synchronized int writesPerMinute() {
        return writesPerMinute;
    }

    /** Counts a write; empty if allowed, else how long to wait. */
    public synchronized Optional<Duration> acquire(Instant now) {
        if (writesPerMinute == 0) {
            return Optional.empty();
        }
        Instant windowStart = now.minus(WINDOW);
        while (!writes.isEmpty() && !writes.peekFirst().isAfter(windowStart)) {
            writes.removeFirst();
        }
        if (writes.size() < writesPerMinute) {
            writes.addLast(now);
            return Optional.empty();
        }
        Duration wait = Duration.between(windowStart, writes.peekFirst());
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
