package io.credsync.dispatcher.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per target: after {@code threshold} consecutive transient failures the circuit opens for {@code openFor}; then one
 * call probes (half-open) and closes it on success. Keeps a dead device from eating the connection's rate budget.
 */
public class TargetCircuitBreaker {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int threshold;
    private final Duration openFor;
    private final Map<String, Circuit> circuits = new ConcurrentHashMap<>();

    public TargetCircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openFor = openFor;
    }

    /** @return zero when a call may go, else how long the circuit stays open */
    public Duration permit(String targetKey) {
        return circuits.computeIfAbsent(targetKey, k -> new Circuit()).permit(System.nanoTime(), openFor);
    }

    public void success(String targetKey) {
        circuits.computeIfAbsent(targetKey, k -> new Circuit()).success();
    }

    public void failure(String targetKey) {
        circuits.computeIfAbsent(targetKey, k -> new Circuit()).failure(System.nanoTime(), threshold);
    }

    public State state(String targetKey) {
        var circuit = circuits.get(targetKey);
        return circuit == null ? State.CLOSED : circuit.state(System.nanoTime(), openFor);
    }

    /** How many targets' circuits are open now (a gauge). */
    public long openCount() {
        long now = System.nanoTime();
        return circuits.values().stream().filter(c -> c.state(now, openFor) != State.CLOSED).count();
    }

    private static final class Circuit {
        private int failures;
        private long openedAt = -1;

        synchronized Duration permit(long now, Duration openFor) {
            if (openedAt < 0) {
                return Duration.ZERO;
            }
            long openUntil = openedAt + openFor.toNanos();
            return now >= openUntil ? Duration.ZERO : Duration.ofNanos(openUntil - now);
        }

        synchronized void success() {
            failures = 0;
            openedAt = -1;
        }

        synchronized void failure(long now, int threshold) {
            failures++;
            if (failures >= threshold) {
                openedAt = now;
            }
        }

        synchronized State state(long now, Duration openFor) {
            if (openedAt < 0) {
                return State.CLOSED;
            }
            return now >= openedAt + openFor.toNanos() ? State.HALF_OPEN : State.OPEN;
        }
    }
}
