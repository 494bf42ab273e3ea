package io.credsync.simulator.jetstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real time plus an offset that tests move forward. Drives event times and the 24 h command timeout; advancing
 * runs the listeners at once, so commands that time out are completed before {@link #advance} returns.
 */
public final class SimulatedClock {

    /** Jetstream's event time format: {@code yyyy-MM-ddTHH:mm:ssZ}, UTC. */
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Last sync time: the documented example has an offset ({@code 2018-05-16T01:16:00-01:16}); ours is UTC. */
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private final Clock base;
    private final List<Runnable> onAdvance = new CopyOnWriteArrayList<>();
    private volatile Duration offset = Duration.ZERO;

    SimulatedClock(Clock base) {
        this.base = base;
    }

    /** Simulated now, to the second (Jetstream's times have no fraction). */
    public Instant now() {
        return base.instant().plus(offset).truncatedTo(ChronoUnit.SECONDS);
    }

    public Duration offset() {
        return offset;
    }

    /** Moves simulated time forward; commands whose 24 h have passed complete with CommandTimedOut. */
    public SimulatedClock advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        synchronized (this) {
            offset = offset.plus(by);
        }
        onAdvance.forEach(Runnable::run);
        return this;
    }

    void onAdvance(Runnable listener) {
        onAdvance.add(listener);
    }

    synchronized void reset() {
        offset = Duration.ZERO;
    }

    static String eventTime(Instant instant) {
        return EVENT_TIME.format(instant);
    }

    static String withOffset(Instant instant) {
        return WITH_OFFSET.format(instant);
    }
}
