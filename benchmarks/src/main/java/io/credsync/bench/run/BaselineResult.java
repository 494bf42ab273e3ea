package io.credsync.bench.run;

/** What a baseline measured: throughput and change latency (ms), and the vendor calls it made. */
public record BaselineResult(String name, int changes, double seconds, double p50Ms, double p99Ms, double maxMs,
        long vendorCalls) {

    public double changesPerSecond() {
        return changes / seconds;
    }
}
