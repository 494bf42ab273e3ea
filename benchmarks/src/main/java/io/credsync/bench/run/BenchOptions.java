package io.credsync.bench.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The bench's command line. */
public record BenchOptions(int changes, ChangeMix.Mix mix, int targetsPerChange, int devices, int systems,
        double rate, int seamSyncDelayMs, long seed, boolean baselines, int naiveChanges, List<String> faults,
        int replicas, int vendorLatencyMs, int vendorLatencyJitterMs, double revocationRate, int revocations,
        int idleSeconds, Path out) {

    static final String USAGE = """
            ./credsync bench [options]
              --changes N              credential changes to send (default 5000)
              --mix G,U,S,R            % grants, updates, suspensions, revocations (default 70,15,5,10)
              --targets-per-change N   targets of its vendor each credential is granted to; credentials take the
                                       vendors in turn, cards on Jetstream, PINs on Seam (default 2)
              --devices N              Jetstream devices (default 20)
              --systems N              Seam acs_systems (default 20)
              --rate N                 offered changes per second (default 0: open throttle)
              --seam-sync-delay-ms N   the Seam simulator's provider sync delay (default 0: answers at once)
              --seed N                 the change mix's random seed (default 42)
              --no-baselines           skip the raw-pipeline and naive baselines
              --naive-changes N        changes the naive loop runs (default min(changes, 2000); with a vendor
                                       latency min(changes, 300), as each call then waits)
              --faults all|a,b,...     fault runs instead (see docs/reliability.md for the list)
              --replicas N             processes of each credsync service (default 1); with 2 or more the fault
                                       runs also kill one replica of each service in turn
              --vendor-latency-ms N    every simulated vendor API call answers after N ms, for credsync and the
                                       naive loop alike (default 0: at once)
              --vendor-latency-jitter-ms J
                                       ± J ms around it, uniform (default N/5; at most N)
              --revocation-rate R      revocations of already-synced credentials offered at R/s on a producer of
                                       their own while the change stream runs; reported apart (default 0: none)
              --revocations N          the pool of credentials the lane may revoke, granted before the run
                                       (default R × 30: 30 s of offering)
              --idle-seconds N         CPU of each process at idle over N s after the warm-up (default 10; 0: skip)
              --out DIR                where report.md, report.json and report.html go (default target/bench/<time>)
            """;

    public static BenchOptions parse(String[] args) {
        int changes = 5_000;
        var mix = ChangeMix.Mix.DEFAULT;
        int targets = 2;
        int devices = 20;
        int systems = 20;
        double rate = 0;
        int seamDelay = 0;
        long seed = 42;
        boolean baselines = true;
        Integer naive = null;
        List<String> faults = List.of();
        int replicas = 1;
        int latency = 0;
        Integer jitter = null;
        double revocationRate = 0;
        Integer revocations = null;
        int idleSeconds = 10;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-baselines")) {
                baselines = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + arg + "\n" + USAGE);
            }
            String value = args[++i];
            switch (arg) {
                case "--changes" -> changes = Integer.parseInt(value);
                case "--mix" -> mix = ChangeMix.Mix.parse(value);
                case "--targets-per-change" -> targets = Integer.parseInt(value);
                case "--devices" -> devices = Integer.parseInt(value);
                case "--systems" -> systems = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--seam-sync-delay-ms" -> seamDelay = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--naive-changes" -> naive = Integer.parseInt(value);
                case "--faults" -> faults = List.of(value.split(","));
                case "--replicas" -> replicas = Integer.parseInt(value);
                case "--vendor-latency-ms" -> latency = Integer.parseInt(value);
                case "--vendor-latency-jitter-ms" -> jitter = Integer.parseInt(value);
                case "--revocation-rate" -> revocationRate = Double.parseDouble(value);
                case "--revocations" -> revocations = Integer.parseInt(value);
                case "--idle-seconds" -> idleSeconds = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (out == null) {
            out = BenchStack.repositoryRoot().resolve("target/bench/" + LocalDateTime.now().format(DateTimeFormatter
                    .ofPattern("yyyyMMdd-HHmmss")));
        }
        int jitterMs = jitter == null ? latency / 5 : jitter;
        if (latency < 0 || jitterMs < 0 || jitterMs > latency) {
            throw new IllegalArgumentException("--vendor-latency-ms and --vendor-latency-jitter-ms want 0 <= J <= N, "
                    + "got N " + latency + " and J " + jitterMs + "\n" + USAGE);
        }
        if (revocationRate < 0 || (revocations != null && revocations < 1) || idleSeconds < 0) {
            throw new IllegalArgumentException("--revocation-rate, --revocations and --idle-seconds cannot be negative"
                    + " (--revocations at least 1)\n" + USAGE);
        }
        int pool = revocationRate == 0 ? 0 : revocations != null ? revocations : defaultRevocations(revocationRate);
        int naiveChanges = naive != null ? naive : Math.min(changes, latency > 0 ? 300 : 2_000);
        return new BenchOptions(changes, mix, targets, devices, systems, rate, seamDelay, seed, baselines,
                naiveChanges, faults, replicas, latency, jitterMs, revocationRate, pool, idleSeconds, out);
    }

    /** Enough credentials to offer revocations at {@code rate} for 30 s. */
    static int defaultRevocations(double rate) {
        return Math.max(1, (int) Math.ceil(rate * 30));
    }

    /** {@code "50 ± 10 ms"}, or {@code "none"}. */
    String vendorLatencyText() {
        return vendorLatencyMs == 0 ? "none" : vendorLatencyMs + " ± " + vendorLatencyJitterMs + " ms";
    }

    String mixText() {
        return mix.grants() + "/" + mix.updates() + "/" + mix.suspensions() + "/" + mix.revocations();
    }
}
