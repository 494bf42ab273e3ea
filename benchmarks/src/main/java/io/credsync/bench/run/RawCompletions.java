package io.credsync.bench.run;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.Histogram;

/**
 * The harness's view of the raw run: when each change was sent and when the status record of its last target
 * arrived. Status records are counted once per (change, target), so a redelivery cannot complete a change early.
 * {@link #statusArrived} runs on the sink's thread only; results are read after {@link #await} returned true.
 */
final class RawCompletions {

    private final AtomicLongArray sentAt;
    private final int[] remaining;
    private final Set<String> seen = new HashSet<>();
    private final Histogram latencyMicros = new Histogram(3_600_000_000L, 3);
    private final CountDownLatch done;
    private long firstSent;
    private volatile long lastDone;

    RawCompletions(List<BenchChange> changes) {
        sentAt = new AtomicLongArray(changes.size());
        remaining = new int[changes.size()];
        for (int i = 0; i < remaining.length; i++) {
            remaining[i] = changes.get(i).targets().size();
        }
        done = new CountDownLatch(changes.size());
    }

    void sent(int seq, long nanos) {
        if (seq == 0) {
            firstSent = nanos;
        }
        sentAt.set(seq, nanos);
    }

    void statusArrived(int seq, String targetId, long nanos) {
        if (seen.add(seq + "/" + targetId) && --remaining[seq] == 0) {
            latencyMicros.recordValue(Math.max(1, (nanos - sentAt.get(seq)) / 1000));
            lastDone = Math.max(lastDone, nanos);
            done.countDown();
        }
    }

    /** True when every change completed within {@code timeout}. */
    boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    long outstanding() {
        return done.getCount();
    }

    BaselineResult result(String name) {
        return new BaselineResult(name, remaining.length, (lastDone - firstSent) / 1e9, percentileMs(50),
                percentileMs(99), latencyMicros.getMaxValue() / 1000.0, 0);
    }

    private double percentileMs(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
