package io.credsync.simulator.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A base clock plus an offset that tests move forward, so that a vendor's timeouts and validity windows can be
 * crossed without waiting. It is a {@link Clock}, so simulators take it wherever they take time; listeners run at
 * once on {@link #advance}, so what falls due is done before it returns.
 */
public final class SimulatedClock extends Clock {

    private final Clock base;
    private final List<Runnable> onAdvance = new CopyOnWriteArrayList<>();
    private volatile Duration offset = Duration.ZERO;

    public SimulatedClock(Clock base) {
        this.base = base;
    }

    public static SimulatedClock system() {
        return new SimulatedClock(Clock.systemUTC());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    /** Simulated now; the same as {@link #instant()}. */
    public Instant now() {
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** Time cannot be moved to another zone: the offset is what the simulator controls. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a simulated clock keeps its zone");
    }

    public Duration offset() {
        return offset;
    }

    /** Moves simulated time forward and runs the listeners (e.g. what times out now). */
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

    public void onAdvance(Runnable listener) {
        onAdvance.add(listener);
    }

    public synchronized void reset() {
        offset = Duration.ZERO;
    }
}
