package io.credsync.bench.run;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latencies in ms as a count, p50, p90, p99 and max, by nearest rank: the p-th percentile is the smallest recorded
 * value that at least p % of the values do not exceed (so p99 of 10 values is the largest). Empty: zeros.
 */
public record LatencySummary(long count, long p50, long p90, long p99, long max) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

    public static LatencySummary of(long[] latenciesMs) {
        if (latenciesMs.length == 0) {
            return EMPTY;
        }
        long[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** Nearest rank of {@code sorted} (ascending, not empty): the value at rank ceil(p/100 × n). */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count);
        json.put("p50_ms", p50);
        json.put("p90_ms", p90);
        json.put("p99_ms", p99);
        json.put("max_ms", max);
        return json;
    }
}
