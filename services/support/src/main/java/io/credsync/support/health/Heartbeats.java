package io.credsync.support.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every background loop (outbox relay, dispatch loop, event pollers, schedulers) registers a heartbeat and beats it
 * once per round, whether the round succeeded or failed and will be retried. A loop whose thread died or hangs stops
 * beating, and {@link BackgroundLoopsReadiness} turns the service's readiness DOWN.
 */
@ApplicationScoped
public class Heartbeats {

    /** One loop's pulse: it must beat at least every {@code maxQuiet}. */
    public static final class Heartbeat {
        private final String loop;
        private final Duration maxQuiet;
        private final Clock clock;
        private volatile Instant last;
        private volatile boolean stopped;

        Heartbeat(String loop, Duration maxQuiet, Clock clock) {
            this.loop = loop;
            this.maxQuiet = maxQuiet;
            this.clock = clock;
            this.last = clock.instant();
        }

        public void beat() {
            last = clock.instant();
        }

        /** The loop ended on purpose (shutdown): no longer expected to beat. */
        public void stop() {
            stopped = true;
        }

        public String loop() {
            return loop;
        }

        /** How long past its deadline the loop is, or zero while it keeps time. */
        public Duration overdue() {
            if (stopped) {
                return Duration.ZERO;
            }
            Duration quiet = Duration.between(last, clock.instant());
            return quiet.compareTo(maxQuiet) > 0 ? quiet.minus(maxQuiet) : Duration.ZERO;
        }

        public Instant last() {
            return last;
        }
    }

    private final List<Heartbeat> all = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public Heartbeats() {
        this(Clock.systemUTC());
    }

    Heartbeats(Clock clock) {
        this.clock = clock;
    }

    public Heartbeat register(String loop, Duration maxQuiet) {
        var heartbeat = new Heartbeat(loop, maxQuiet, clock);
        all.add(heartbeat);
        return heartbeat;
    }

    public List<Heartbeat> all() {
        return List.copyOf(all);
    }
}
