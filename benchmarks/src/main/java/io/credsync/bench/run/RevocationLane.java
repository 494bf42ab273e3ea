package io.credsync.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --revocation-rate R}: revocations of credentials that are already synced, offered at R per second while the
 * run's change stream goes on at its own (open) throttle. Before the run the lane grants its own pool of credentials
 * (grants only, the run's vendors and targets per change) and waits until they are synced everywhere. During the
 * run a second producer, on a thread of its own, sends one revocation per pool credential to the same input topic
 * as the change stream ({@code credsync.credential-changes.v1}, keyed like every producer's): nothing tells
 * credsync they are urgent but the operation itself. It stops when the run's changes are all synced or the pool is
 * used up. A revocation's latency runs from its send to the status topic saying synced (removed) on every target.
 */
final class RevocationLane implements CredsyncRun.Beside, AutoCloseable {

    private final double rate;
    private final List<BenchChange> revocations;
    private final long[] sentAt;
    private final AtomicInteger sent = new AtomicInteger();
    private final RunTracker tracker;
    private final ChangeSender sender;
    private volatile boolean running;
    private Thread thread;
    private long startedAt;
    private long stoppedAt;
    private volatile long lastSentAt;

    private RevocationLane(BenchStack stack, double rate, List<BenchChange> pool) {
        this.rate = rate;
        this.revocations = new ArrayList<>();
        for (var grant : pool) {
            revocations.add(new BenchChange(grant.seq(), ChangeKind.REVOKE, grant.credentialId(), grant.holderId(),
                    grant.version() + 1, grant.value(), grant.targets()));
        }
        this.sentAt = new long[pool.size()];
        var tracked = new ArrayList<>(pool);
        tracked.addAll(revocations);
        this.tracker = new RunTracker(stack.kafkaBootstrap(), tracked);
        this.sender = new ChangeSender(stack.kafkaBootstrap());
    }

    /** Grants the pool ({@code size} credentials) and waits until every one is synced. */
    static RevocationLane prepare(BenchStack stack, BenchOptions options, int size, Duration timeout)
            throws Exception {
        var pool = ChangeMix.generate("revpool" + System.currentTimeMillis() % 100_000, size,
                new ChangeMix.Mix(100, 0, 0, 0), options.targetsPerChange(), stack.targetsByVendor(), options.seed()
                        + 2);
        var lane = new RevocationLane(stack, options.revocationRate(), pool);
        System.err.println("revocation lane: granting a pool of " + size + " credentials to revoke during the run");
        long[] grantSentAt = new long[pool.size()];
        var granted = new AtomicInteger();
        try (var progress = new Progress("revocation pool", pool.size(), granted::get, () -> pool.stream().filter(
                lane.tracker::isDone).count())) {
            lane.sender.send(pool, 0, grantSentAt, granted::incrementAndGet);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (pool.stream().anyMatch(c -> !lane.tracker.isDone(c)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        long missing = pool.stream().filter(c -> !lane.tracker.isDone(c)).count();
        if (missing > 0) {
            lane.close();
            throw new IllegalStateException("revocation lane: " + missing + " pool credentials not synced in "
                    + timeout);
        }
        return lane;
    }

    @Override
    public void start() {
        running = true;
        startedAt = System.currentTimeMillis();
        thread = new Thread(this::offer, "bench-revocations");
        thread.setDaemon(true);
        thread.start();
    }

    private void offer() {
        long start = System.nanoTime();
        for (int i = 0; i < revocations.size() && running; i++) {
            long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (!running) {
                return;
            }
            sentAt[i] = sender.send(revocations.get(i));
            lastSentAt = sentAt[i];
            sent.incrementAndGet();
        }
    }

    @Override
    public void stop() {
        running = false;
        stoppedAt = System.currentTimeMillis();
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The revocations sent so far. */
    int sent() {
        return sent.get();
    }

    /** Waits (at most {@code timeout}) until every sent revocation is synced, then measures them. */
    Result finish(Duration timeout) throws InterruptedException {
        int count = sent.get();
        var offered = revocations.subList(0, count);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (offered.stream().anyMatch(c -> !tracker.isDone(c)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long done = tracker.doneAt(revocations.get(i));
            if (done != 0) {
                latencies.add(Math.max(0, done - sentAt[i]));
            }
        }
        return new Result(rate, revocations.size(), count, count == 0
                ? 0
                : Math.max(0, lastSentAt - startedAt)
                        / 1000.0,
                Math.max(0, stoppedAt - startedAt) / 1000.0,
                count - latencies.size(), LatencySummary.of(latencies.stream().mapToLong(Long::longValue)
                        .toArray()));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        sender.close();
        tracker.close();
    }

    /**
     * What the lane measured: {@code sent} of a pool of {@code pool} revocations offered at {@code rate}/s over the
     * first {@code offeredSeconds} of the change stream's {@code runSeconds}, {@code notSynced} of them not synced at
     * the end.
     */
    record Result(double rate, int pool, int sent, double offeredSeconds, double runSeconds, int notSynced,
            LatencySummary latency) {

        String markdown() {
            var md = new StringBuilder(String.format("Revocation lane: %,d revocations of credentials granted and "
                    + "synced before the run (a pool of %,d), offered at %s/s over the first %.1f s of the run's %.1f s "
                    + "by a second producer on its own thread, to the same input topic as the change stream "
                    + "(credsync.credential-changes.v1, keyed by credential as any producer); latency from send to the "
                    + "status topic saying synced (removed) on every target.%n%n", sent, pool, number(rate),
                    offeredSeconds, runSeconds));
            md.append(
                    "| revocations under load | offered/s | sent | p50 ms | p90 ms | p99 ms | max ms | not synced |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            md.append(String.format("| lane | %s | %,d | %d | %d | %d | %d | %d |%n", number(rate), sent, latency
                    .p50(), latency.p90(), latency.p99(), latency.max(), notSynced));
            if (sent == pool && pool > 0 && offeredSeconds + 1.0 / rate < runSeconds) {
                md.append(String.format("%nThe whole pool was sent before the run ended: raise --revocations to "
                        + "offer revocations for all of it.%n"));
            }
            return md.toString();
        }

        java.util.Map<String, Object> json() {
            var json = new java.util.LinkedHashMap<String, Object>();
            json.put("sent_by", "a second producer to credsync.credential-changes.v1, the change stream's topic");
            json.put("offered_per_second", rate);
            json.put("pool", pool);
            json.put("sent", sent);
            json.put("offered_seconds", offeredSeconds);
            json.put("run_seconds", runSeconds);
            json.put("not_synced", notSynced);
            json.put("latency", latency.json());
            return json;
        }

        private static String number(double value) {
            return value == Math.rint(value) ? String.format("%,.0f", value) : String.format("%,.1f", value);
        }
    }
}
