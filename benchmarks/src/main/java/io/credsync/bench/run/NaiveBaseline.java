package io.credsync.bench.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import io.credsync.model.Vendor;

/**
 * Baseline (b), the naive way: what a cron script or a synchronous IDM propagation does. One thread walks the changes
 * in order and, for each, calls every target's vendor API in turn with the minimal calls ({@link NaiveJetstream},
 * {@link NaiveSeam}), waiting for each answer before the next. No queue, no coalescing, no retry, no status.
 * <p>
 * Measured: seconds for the whole loop, per-change latency as the time of that change's own calls (not the wait
 * behind earlier changes, which a loop makes implicit), and the vendor calls made. Flattered on Seam: it does not wait
 * for the access system's sync, only for Seam's acceptance. The first non-2xx answer stops the loop with an
 * {@link IllegalStateException} naming the change and the call.
 */
public final class NaiveBaseline {

    public static final String NAME = "naive";

    private NaiveBaseline() {
    }

    public static BaselineResult run(NaiveTargets targets, List<BenchChange> changes) {
        var http = new NaiveHttp();
        Map<String, NaiveVendor> vendors = Map.of(
                Vendor.JETSTREAM.id(),
                new NaiveJetstream(http, targets.jetstreamBaseUrl(), targets.jetstreamAccessKey()),
                Vendor.SEAM.id(), new NaiveSeam(http, targets.seamBaseUrl(), targets.seamApiKey()));
        var latencyMicros = new Histogram(3_600_000_000L, 3);
        long start = System.nanoTime();
        for (BenchChange change : changes) {
            long changeStart = System.nanoTime();
            for (BenchChange.Target target : change.targets()) {
                apply(vendors, change, target);
            }
            latencyMicros.recordValue(Math.max(1, (System.nanoTime() - changeStart) / 1000));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BaselineResult(NAME, changes.size(), seconds, latencyMicros.getValueAtPercentile(50) / 1000.0,
                latencyMicros.getValueAtPercentile(99) / 1000.0, latencyMicros.getMaxValue() / 1000.0, http.calls());
    }

    private static void apply(Map<String, NaiveVendor> vendors, BenchChange change, BenchChange.Target target) {
        var vendor = vendors.get(target.vendor());
        if (vendor == null) {
            throw new IllegalArgumentException("the naive baseline knows no vendor " + target.vendor());
        }
        try {
            vendor.apply(change, target.address());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("naive baseline stopped at change " + change.seq() + " (" + change.kind()
                    + " " + change.credentialId() + " on " + target.targetId() + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("naive baseline interrupted at change " + change.seq(), e);
        }
    }
}
