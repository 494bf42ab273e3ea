package io.credsync.dispatcher.work;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.credsync.dispatcher.config.DispatcherConfig;
import io.credsync.support.health.Heartbeats;

/**
 * Finds due targets and hands each to {@link TargetDispatcher} on a bounded pool: one slow or failing target never
 * holds up the others (it is rescheduled with backoff, not waited for). Woken early by new commands; otherwise polls.
 */
public class DispatchWorker {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(200);

    private final String vendor;
    private final WorkStore store;
    private final TargetDispatcher dispatcher;
    private final DispatcherConfig config;
    private final Heartbeats heartbeats;
    private Heartbeats.Heartbeat heartbeat;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    /** Claimed targets whose conversation has not ended: their leases are renewed while it lasts. */
    private final Set<WorkStore.ClaimedTarget> inFlight = ConcurrentHashMap.newKeySet();
    private long renewedAt = System.nanoTime();
    private ExecutorService pool;
    private Semaphore slots;
    private Thread loop;

    public DispatchWorker(String vendor, WorkStore store, TargetDispatcher dispatcher, DispatcherConfig config,
            Heartbeats heartbeats) {
        this.vendor = vendor;
        this.store = store;
        this.dispatcher = dispatcher;
        this.config = config;
        this.heartbeats = heartbeats;
    }

    public void start() {
        try {
            int freed = store.releaseOwnLeases();
            if (freed > 0) {
                LOG.infof("dispatch %s: %d targets leased before a restart are due again", vendor, freed);
            }
        } catch (Exception e) {
            LOG.warnf("dispatch %s: could not free the leases of a previous run; they expire by themselves: %s",
                    vendor, e.toString());
        }
        running.set(true);
        // every worker busy for two leases means conversations hang: the loop is stuck behind them
        heartbeat = heartbeats.register("dispatch-loop-" + vendor, config.lease().multipliedBy(2));
        pool = Executors.newFixedThreadPool(config.workers(), r -> new Thread(r, "dispatch-worker-" + vendor));
        slots = new Semaphore(config.workers());
        loop = new Thread(this::run, "dispatch-loop-" + vendor);
        loop.setDaemon(true);
        loop.start();
    }

    public void stop() throws InterruptedException {
        running.set(false);
        if (heartbeat != null) {
            heartbeat.stop();
        }
        wake();
        if (pool != null) {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** New work arrived: look after the gather window instead of at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    /** A third of the lease: two renewals may fail (a slow database) before another replica may claim the target. */
    private Duration renewEvery() {
        return config.lease().dividedBy(3);
    }

    private void renewLeasesWhenDue() throws Exception {
        if (System.nanoTime() - renewedAt < renewEvery().toNanos()) {
            return;
        }
        renewedAt = System.nanoTime();
        store.renewLeases(List.copyOf(inFlight), config.lease());
    }

    private void run() {
        while (running.get()) {
            try {
                renewLeasesWhenDue();
                if (slots.availablePermits() == 0) {
                    // every worker busy: wait for one to finish, then claim at once (no gather delay); no beat
                    // meanwhile, so conversations that hang show as a stuck loop although their leases are renewed
                    if (slots.tryAcquire(renewEvery().toMillis(), TimeUnit.MILLISECONDS)) {
                        slots.release();
                    }
                    continue;
                }
                heartbeat.beat();
                var claimed = store.claimDue(slots.availablePermits(), config.lease(), config.gatherWindow());
                for (var target : claimed) {
                    slots.acquire();
                    inFlight.add(target);
                    pool.execute(() -> {
                        try {
                            dispatcher.dispatch(target);
                        } finally {
                            inFlight.remove(target);
                            slots.release();
                        }
                    });
                }
                if (claimed.isEmpty()) {
                    // nothing due: wait for new commands (or the next poll), then let the gather window pass so
                    // that a burst for one target is claimed whole
                    if (wakeUp.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                        Thread.sleep(config.gatherWindow().toMillis());
                    }
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("dispatch loop %s: %s; retrying at %s", vendor, e.toString(), Instant.now().plus(IDLE_POLL));
                try {
                    Thread.sleep(IDLE_POLL.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
