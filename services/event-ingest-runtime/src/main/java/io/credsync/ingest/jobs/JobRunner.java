package io.credsync.ingest.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.credsync.ingest.vendors.HostedVendors;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.leadership.Leadership;
import io.credsync.support.leadership.LockNames;
import io.credsync.vendor.spi.events.PeriodicJob;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs every hosted vendor's {@link PeriodicJob}s, each in a {@link JobLoop} on its own thread with a heartbeat, on
 * the one replica that leads the job's lock ({@code credsync-<application>-<job>}): with several replicas a poller
 * never double-acts. A failure is logged and retried at the next interval; nothing escaping a round can end the loop.
 * Jobs start once the connections have been read, so that a poller never walks a partial list.
 */
@ApplicationScoped
public class JobRunner {

    // a round is bounded by the vendor's HTTP timeouts; the slack covers a slow one
    private static final Duration SLACK = Duration.ofMinutes(2);

    private final HostedVendors vendors;
    private final FollowedConnections connections;
    private final Heartbeats heartbeats;
    private final Leadership leadership;
    private final String application;
    private final List<JobLoop> loops = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    public JobRunner(HostedVendors vendors, FollowedConnections connections, Heartbeats heartbeats,
            Leadership leadership, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.vendors = vendors;
        this.connections = connections;
        this.heartbeats = heartbeats;
        this.leadership = leadership;
        this.application = application;
    }

    void start(@Observes StartupEvent event) {
        vendors.all().forEach(hosted -> hosted.jobs().forEach(this::startJob));
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(JobLoop::stop);
        threads.forEach(Thread::interrupt);
    }

    /** Each job's loop, for health details: which replica leads which job. */
    List<JobLoop> loops() {
        return List.copyOf(loops);
    }

    String leadershipKind() {
        return leadership.kind();
    }

    private void startJob(PeriodicJob job) {
        var claim = leadership.claim(LockNames.of(application, job.name()));
        var loop = new JobLoop(job, claim, heartbeats.register(job.name(), job.interval().plus(SLACK)),
                connections::awaitCaughtUp);
        var thread = new Thread(loop, job.name());
        thread.setDaemon(true);
        loops.add(loop);
        threads.add(thread);
        thread.start();
    }
}
