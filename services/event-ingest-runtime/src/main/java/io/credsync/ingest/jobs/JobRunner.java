package io.credsync.ingest.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.credsync.ingest.vendors.HostedVendors;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.support.health.Heartbeats;
import io.credsync.vendor.spi.events.PeriodicJob;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs every hosted vendor's {@link PeriodicJob}s, each on its own thread with a heartbeat: again at once while the
 * job says more is waiting, else after its interval. A failure is logged and retried at the next interval; nothing
 * escaping a round can end the loop. Jobs start once the connections have been read, so that a poller never walks a
 * partial list.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final Duration SLACK = Duration.ofMinutes(2);

    private final HostedVendors vendors;
    private final FollowedConnections connections;
    private final Heartbeats heartbeats;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public JobRunner(HostedVendors vendors, FollowedConnections connections, Heartbeats heartbeats) {
        this.vendors = vendors;
        this.connections = connections;
        this.heartbeats = heartbeats;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        vendors.all().forEach(hosted -> hosted.jobs().forEach(this::startJob));
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void startJob(PeriodicJob job) {
        // a round is bounded by the vendor's HTTP timeouts; the slack covers a slow one
        var heartbeat = heartbeats.register(job.name(), job.interval().plus(SLACK));
        var thread = new Thread(() -> {
            try {
                while (running && !connections.awaitCaughtUp(Duration.ofSeconds(1))) {
                    heartbeat.beat();
                }
                while (running) {
                    heartbeat.beat();
                    if (!runOnce(job)) {
                        Thread.sleep(job.interval().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                heartbeat.stop();
            }
        }, job.name());
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** @return true when more work is waiting */
    private boolean runOnce(PeriodicJob job) throws InterruptedException {
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
