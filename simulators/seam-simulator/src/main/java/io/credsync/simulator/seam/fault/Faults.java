package io.credsync.simulator.seam.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults on demand, for the next N requests to a route or until cleared:
 * {@code faults.next(1).timeoutAfterWrite("/acs/credentials/create")}, {@code faults.untilCleared().slow(null,
 * Duration.ofSeconds(2))}. A route of {@code null} matches every API route. Rules apply in the order they were added;
 * each request consumes at most one. Thread-safe.
 */
public final class Faults {

    private final List<FaultRule> rules = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** Faults that hit the next {@code times} matching requests. */
    public Builder next(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        return new Builder(times);
    }

    /** Faults that hit every matching request until {@link #clear()} or {@link #remove(String)}. */
    public Builder untilCleared() {
        return new Builder(-1);
    }

    public synchronized List<FaultRule> active() {
        return List.copyOf(rules);
    }

    public synchronized void clear() {
        rules.clear();
    }

    public synchronized boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    /** The fault for this request, if any, counting it against the rule. */
    public synchronized Optional<FaultRule> take(String path) {
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext();) {
            FaultRule rule = it.next();
            if (rule.matches(path)) {
                FaultRule consumed = rule.consumeOne();
                if (consumed.remaining() == 0) {
                    it.remove();
                } else {
                    rules.set(rules.indexOf(rule), consumed);
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    synchronized FaultRule add(FaultKind kind, String route, int times, int status, Duration delay,
            Duration retryAfter) {
        FaultRule rule = new FaultRule("fault-" + ids.incrementAndGet(), kind, route, times, status, delay,
                retryAfter);
        rules.add(rule);
        return rule;
    }

    /** Chooses what the fault does; {@code route} is a path such as {@code /acs/credentials/create}, or null. */
    public final class Builder {

        private final int times;

        private Builder(int times) {
            this.times = times;
        }

        public FaultRule serverError(String route) {
            return serverError(route, 500);
        }

        public FaultRule serverError(String route, int status) {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("not a 5xx status: " + status);
            }
            return add(FaultKind.SERVER_ERROR, route, times, status, null, null);
        }

        public FaultRule rateLimited(String route, Duration retryAfter) {
            return add(FaultKind.RATE_LIMITED, route, times, 429, null, retryAfter);
        }

        public FaultRule slow(String route, Duration delay) {
            return add(FaultKind.SLOW, route, times, 0, delay, null);
        }

        public FaultRule dropConnection(String route) {
            return add(FaultKind.DROP_CONNECTION, route, times, 0, null, null);
        }

        /** Performs the write, then closes the connection without answering. */
        public FaultRule timeoutAfterWrite(String route) {
            return add(FaultKind.TIMEOUT_AFTER_WRITE, route, times, 0, null, null);
        }

        /** Performs the write, then answers only after {@code delay} (set it beyond the client's timeout). */
        public FaultRule timeoutAfterWrite(String route, Duration delay) {
            return add(FaultKind.TIMEOUT_AFTER_WRITE, route, times, 0, delay, null);
        }
    }
}
