package io.credsync.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Drives a run's changes through a running stack and measures them from the outside: send to the input topic, wait
 * until the public status topic says every target synced, and take the stage times from the topics in between.
 */
public final class CredsyncRun {

    private CredsyncRun() {
    }

    /** Something that runs beside the change stream: started with its first send, stopped once all are synced. */
    public interface Beside {

        Beside NOTHING = new Beside() {
            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }
        };

        void start();

        void stop();
    }

    public static RunResult run(BenchStack stack, List<BenchChange> changes, int targetsPerChange, double rate,
            Duration timeout) throws Exception {
        return run(stack, changes, targetsPerChange, rate, timeout, Beside.NOTHING);
    }

    public static RunResult run(BenchStack stack, List<BenchChange> changes, int targetsPerChange, double rate,
            Duration timeout, Beside beside) throws Exception {
        long[] sentAt = new long[changes.size()];
        var sent = new AtomicLong();
        long callsBefore = stack.vendorCalls();
        try (var tracker = new RunTracker(stack.kafkaBootstrap(), changes);
                var sender = new ChangeSender(stack.kafkaBootstrap());
                var progress = new Progress("credsync", changes.size(), sent::get,
                        () -> changes.stream().filter(tracker::isDone).count())) {
            beside.start();
            try {
                sender.send(changes, rate, sentAt, sent::incrementAndGet);
                long deadline = System.nanoTime() + timeout.toNanos();
                while (changes.stream().anyMatch(c -> !tracker.isDone(c)) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            } finally {
                beside.stop();
            }
            changes.stream().filter(c -> !tracker.isDone(c)).limit(5).forEach(c -> System.err.println(
                    "not synced: " + tracker.describe(c)));
            Thread.sleep(300); // let the collectors take in the last records of the stages
            return result(stack, changes, targetsPerChange, rate, sentAt, tracker, callsBefore);
        }
    }

    private static RunResult result(BenchStack stack, List<BenchChange> changes, int targetsPerChange, double rate,
            long[] sentAt, RunTracker tracker, long callsBefore) throws Exception {
        var latency = Percentiles.histogram();
        var revocations = Percentiles.histogram();
        var timeline = new ArrayList<long[]>();
        long first = sentAt[0];
        long last = first;
        int notSynced = 0;
        for (var change : changes) {
            long done = tracker.doneAt(change);
            if (done == 0) {
                notSynced++;
                continue;
            }
            long ms = Math.max(0, done - sentAt[change.seq()]);
            latency.recordValue(ms);
            if (change.kind() == ChangeKind.REVOKE) {
                revocations.recordValue(ms);
            }
            last = Math.max(last, done);
            timeline.add(new long[]{sentAt[change.seq()] - first, ms, change.kind() == ChangeKind.REVOKE ? 1 : 0});
        }
        return new RunResult(changes.size(), targetsPerChange, rate, Math.max(1, last - first) / 1000.0,
                stack.vendorCalls() - callsBefore, tracker.commandsPublished(), Percentiles.of(latency),
                Percentiles.of(revocations), stages(changes, sentAt, tracker), timeline, notSynced);
    }

    /** Each stage's duration per change and target, where both of its ends were seen. */
    private static Map<String, Percentiles> stages(List<BenchChange> changes, long[] sentAt, RunTracker tracker) {
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        for (var change : changes) {
            for (var target : change.targets()) {
                var t = tracker.stages(change, target);
                record(histograms, "sent → accepted by registry", sentAt[change.seq()], t.accepted);
                record(histograms, "accepted → command published", t.accepted, t.commandPublished);
                record(histograms, "command → vendor answered", t.commandPublished, t.vendorAnswered);
                record(histograms, "vendor answered → final outcome", t.vendorAnswered, t.finalOutcome);
                record(histograms, "final outcome → status synced", t.finalOutcome, t.synced);
            }
        }
        Map<String, Percentiles> stages = new LinkedHashMap<>();
        histograms.forEach((name, h) -> stages.put(name, Percentiles.of(h)));
        return stages;
    }

    private static void record(Map<String, Histogram> histograms, String stage, long from, long to) {
        var h = histograms.computeIfAbsent(stage, s -> Percentiles.histogram());
        if (from != 0 && to != 0) {
            h.recordValue(Math.max(0, to - from));
        }
    }

}
