package io.credsync.bench.run;

import java.util.Map;

import org.HdrHistogram.Histogram;

/** Latencies in ms: p50, p95, p99 and max of what was recorded (empty: zeros). */
public record Percentiles(long count, double p50, double p95, double p99, double max) {

    static Histogram histogram() {
        return new Histogram(3_600_000L, 3);
    }

    static Percentiles of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(95),
                h.getValueAtPercentile(99), h.getMaxValue());
    }

    Map<String, Object> json() {
        return Map.of("count", count, "p50_ms", p50, "p95_ms", p95, "p99_ms", p99, "max_ms", max);
    }
}
