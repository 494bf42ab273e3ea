package io.credsync.bench.run;

import java.util.List;
import java.util.Map;

/**
 * What one credsync run measured. {@code timeline} holds, per change in send order, when it was sent (ms after the
 * first send), its change-to-synced latency (ms) and whether it was a revocation: the chart's data.
 */
public record RunResult(int changes, int targetsPerChange, double offeredRate, double seconds, long vendorCalls,
        long commandsPublished, Percentiles latency, Percentiles revocations, Map<String, Percentiles> stages,
        List<long[]> timeline, int notSynced) {

    public double changesPerSecond() {
        return changes / seconds;
    }

    public double vendorCallsPerSecond() {
        return vendorCalls / seconds;
    }

    public double vendorCallsPerChange() {
        return (double) vendorCalls / changes;
    }
}
