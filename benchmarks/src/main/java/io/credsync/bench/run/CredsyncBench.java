package io.credsync.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

/**
 * {@code ./credsync bench}: starts the local stack with both vendor paths, drives a mix of credential changes into
 * the registry's input topic until the status topic says synced everywhere, then runs the raw-pipeline and naive
 * baselines on the same broker and simulators, and writes the report (Markdown, JSON, HTML chart). With
 * {@code --faults} it runs the fault scenarios instead ({@link FaultRuns}).
 */
public final class CredsyncBench {

    /** Between the warm-up's end and the idle window. */
    private static final Duration IDLE_SETTLE = Duration.ofSeconds(3);

    private CredsyncBench() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            System.exit(0);
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try (var stack = BenchStack.start(options.devices(), options.systems(), options.seamSyncDelayMs(),
                options.replicas())) {
            if (options.vendorLatencyMs() > 0) {
                System.err
                        .println("vendor latency: " + options.vendorLatencyText() + " on every simulated vendor call");
                stack.vendorLatency(options.vendorLatencyMs(), options.vendorLatencyJitterMs());
            }
            if (!options.faults().isEmpty()) {
                new FaultRuns(stack, options).runAll();
            } else {
                bench(stack, options);
            }
        }
        System.exit(0);
    }

    private static void bench(BenchStack stack, BenchOptions options) throws Exception {
        var changes = ChangeMix.generate("run" + System.currentTimeMillis() % 100_000, options.changes(), options
                .mix(), options.targetsPerChange(), stack.targetsByVendor(), options.seed());
        RevocationLane lane = options.revocationRate() > 0
                ? RevocationLane.prepare(stack, options, options.revocations(), Duration.ofMinutes(10))
                : null;
        // a short warm-up so the JIT and the connection pools are not what the figures measure
        CredsyncRun.run(stack, ChangeMix.generate("warm" + System.currentTimeMillis() % 100_000, Math.min(500,
                options.changes()), options.mix(), options.targetsPerChange(), stack.targetsByVendor(),
                options
                        .seed() + 1),
                options.targetsPerChange(), 0, Duration.ofMinutes(5));
        Map<Long, ProcessFigures> idleBefore = Map.of();
        Map<Long, ProcessFigures> idleAfter = Map.of();
        if (options.idleSeconds() > 0) {
            Thread.sleep(IDLE_SETTLE.toMillis()); // the warm-up's last read-backs and polls are not idle
            System.err.println("idle: " + options.idleSeconds() + " s with nothing sent, for each process's CPU");
            idleBefore = ProcessFigures.snapshot();
            Thread.sleep(options.idleSeconds() * 1000L);
            idleAfter = ProcessFigures.snapshot();
        }
        var runBefore = ProcessFigures.snapshot();
        long runStart = System.nanoTime();
        var run = CredsyncRun.run(stack, changes, options.targetsPerChange(), options.rate(), Duration.ofMinutes(20),
                lane == null ? CredsyncRun.Beside.NOTHING : lane);
        RevocationLane.Result revocations = null;
        if (lane != null) {
            try (lane) {
                revocations = lane.finish(Duration.ofMinutes(2));
            }
        }
        var runAfter = ProcessFigures.snapshot();
        var cpu = CpuTable.of(runBefore, runAfter, (System.nanoTime() - runStart) / 1e9, run.changes()
                + (revocations == null ? 0 : revocations.sent()), idleBefore, idleAfter, options.idleSeconds());
        var processes = ProcessFigures.now();
        var baselines = new ArrayList<BaselineResult>();
        if (options.baselines()) {
            System.err.println("baseline: raw pipeline (same Kafka hops, no database, no vendor call)");
            baselines.add(RawPipelineBaseline.run(stack.kafkaBootstrap(), changes, Duration.ofMinutes(10)));
            System.err.println("baseline: naive loop (each change to each target's vendor API in turn)");
            var naive = ChangeMix.generate("naive" + System.currentTimeMillis() % 100_000, options.naiveChanges(),
                    options.mix(), options.targetsPerChange(), stack.targetsByVendor(), options.seed());
            baselines.add(NaiveBaseline.run(new NaiveTargets(stack.jetstream().base(), BenchStack.JETSTREAM_KEY,
                    stack.seam().base(), BenchStack.SEAM_KEY), naive));
        }
        var report = new Report(new Report.Setup(options.changes(), options.mixText(), options.targetsPerChange(),
                options.devices(), options.systems(), options.rate(), options.seamSyncDelayMs(), options.seed()), run,
                baselines, processes, new Report.Extras(options.vendorLatencyText(), revocations, cpu));
        report.write(options.out());
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Written: " + options.out().resolve("report.md") + ", report.json, report.html");
    }
}
