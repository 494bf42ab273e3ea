package io.credsync.ingest.seam;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.credsync.support.health.Heartbeats;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * What runs without any webhook: the {@code /events/list} poll per connection, the read-back sweep of watches that
 * stayed quiet for {@code readback-after}, and the removal of stale parked events and old dedupe rows.
 */
@ApplicationScoped
public class SeamBackgroundJobs {

    private static final Logger LOG = Logger.getLogger(SeamBackgroundJobs.class);
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofHours(1);

    private final SeamIngestConfig config;
    private final SeamConnections connections;
    private final SeamEventsPoller poller;
    private final SeamReadbackSweep sweep;
    private final SeamHousekeeping housekeeping;
    private final Heartbeats heartbeats;
    private ScheduledExecutorService executor;

    public SeamBackgroundJobs(SeamIngestConfig config, SeamConnections connections, SeamEventsPoller poller,
            SeamReadbackSweep sweep, SeamHousekeeping housekeeping, Heartbeats heartbeats) {
        this.config = config;
        this.connections = connections;
        this.poller = poller;
        this.sweep = sweep;
        this.housekeeping = housekeeping;
        this.heartbeats = heartbeats;
    }

    void start(@Observes StartupEvent event) {
        if (connections.all().isEmpty()) {
            return;
        }
        executor = Executors.newScheduledThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "seam-ingest");
            thread.setDaemon(true);
            return thread;
        });
        connections.all().forEach(connection -> every(config.eventsPollInterval(), "polling Seam events of "
                + connection.id(), () -> poller.pollOnce(connection)));
        every(config.readbackInterval(), "the Seam read-back sweep", sweep::run);
        every(HOUSEKEEPING_INTERVAL, "Seam housekeeping", housekeeping::run);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private interface Job {
        void run() throws Exception;
    }

    private void every(Duration interval, String what, Job job) {
        var heartbeat = heartbeats.register(what, interval.plusMinutes(2));
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (Exception | LinkageError | StackOverflowError e) {
                // anything escaping here would cancel the schedule for good
                LOG.warnf("%s failed, trying again in %s: %s", what, interval, e.toString());
            }
            heartbeat.beat();
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
}
