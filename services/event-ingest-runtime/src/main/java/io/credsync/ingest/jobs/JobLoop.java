package io.credsync.ingest.jobs;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.credsync.support.health.Heartbeats.Heartbeat;
import io.credsync.support.leadership.LeadershipClaim;
import io.credsync.vendor.spi.events.PeriodicJob;

/**
 * One job's loop on its own thread: rounds only while this replica leads the job's lock, again at once while the job
 * says more is waiting, else after its interval. Leadership is asked before every round, so a replica that lost it
 * stops after the round in progress. It beats its heartbeat whether it leads or waits.
 */
final class JobLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(JobLoop.class);
    static final Duration FOLLOWER_CHECK = Duration.ofSeconds(1);

    /** What the loop waits for before its first round (the connections read to their end). */
    @FunctionalInterface
    interface Readiness {
        boolean await(Duration timeout) throws InterruptedException;
    }

    private final PeriodicJob job;
    private final LeadershipClaim claim;
    private final Heartbeat heartbeat;
    private final Readiness ready;
    private volatile boolean running = true;

    JobLoop(PeriodicJob job, LeadershipClaim claim, Heartbeat heartbeat, Readiness ready) {
        this.job = job;
        this.claim = claim;
        this.heartbeat = heartbeat;
        this.ready = ready;
    }

    String jobName() {
        return job.name();
    }

    LeadershipClaim claim() {
        return claim;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try {
            while (running && !ready.await(Duration.ofSeconds(1))) {
                heartbeat.beat();
            }
            while (running) {
                heartbeat.beat();
                if (!claim.awaitLeading(FOLLOWER_CHECK)) {
                    continue;
                }
                if (!runOnce()) {
                    Thread.sleep(job.interval().toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heartbeat.stop();
            claim.close();
        }
    }

    /** @return true when more work is waiting */
    private boolean runOnce() throws InterruptedException {
        try {
            return job.work().run();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.warnf("%s failed, trying again in %s: %s", job.name(), job.interval(), e.toString());
            return false;
        }
    }
}
