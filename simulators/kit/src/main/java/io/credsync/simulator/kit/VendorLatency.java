package io.credsync.simulator.kit;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * How long every vendor request waits before it is handled, as a real vendor's API takes tens to hundreds of ms to
 * answer: {@code ms} ± {@code jitterMs}, uniform. Zero (the default) answers at once. Control calls are never
 * delayed: only {@code VendorEndpoint} asks for a delay. Thread-safe.
 */
public final class VendorLatency {

    /** One setting: the mean delay and the most it moves either way (never more than the mean). */
    public record Setting(long ms, long jitterMs) {

        public static final Setting NONE = new Setting(0, 0);

        public Setting {
            if (ms < 0 || jitterMs < 0 || jitterMs > ms) {
                throw new IllegalArgumentException("latency wants 0 <= jitter_ms <= ms, got ms " + ms
                        + " and jitter_ms " + jitterMs);
            }
        }

        /** The delay for one request, in {@code [ms - jitterMs, ms + jitterMs]}. */
        public long delayMs(LongUnaryOperator uniformBelow) {
            return jitterMs == 0 ? ms : ms - jitterMs + uniformBelow.applyAsLong(2 * jitterMs + 1);
        }
    }

    private volatile Setting setting = Setting.NONE;

    public Setting setting() {
        return setting;
    }

    public void set(Setting setting) {
        this.setting = setting;
    }

    /** The delay for the next vendor request (ms; 0: none). */
    public long nextDelayMs() {
        return setting.delayMs(bound -> ThreadLocalRandom.current().nextLong(bound));
    }

    public void clear() {
        setting = Setting.NONE;
    }
}
