package io.credsync.bench.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The bench's command line. */
public record BenchOptions(int changes, ChangeMix.Mix mix, int targetsPerChange, int devices, int systems,
        double rate, int seamSyncDelayMs, long seed, boolean baselines, int naiveChanges, List<String> faults,
        int replicas, Path out) {

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
              --naive-changes N        changes the naive loop runs (default min(changes, 2000))
              --faults all|a,b,...     fault runs instead (see docs/reliability.md for the list)
              --replicas N             processes of each credsync service (default 1); with 2 or more the fault
                                       runs also kill one replica of each service in turn
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
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (out == null) {
            out = BenchStack.repositoryRoot().resolve("target/bench/" + LocalDateTime.now().format(DateTimeFormatter
                    .ofPattern("yyyyMMdd-HHmmss")));
        }
        return new BenchOptions(changes, mix, targets, devices, systems, rate, seamDelay, seed, baselines,
                naive == null ? Math.min(changes, 2_000) : naive, faults, replicas, out);
    }

    String mixText() {
        return mix.grants() + "/" + mix.updates() + "/" + mix.suspensions() + "/" + mix.revocations();
    }
}
