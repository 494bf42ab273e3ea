package io.credsync.ingest.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Always UP (a replica that follows is ready: it serves webhooks and takes over when the leader goes); its details
 * say, per job, whether this replica leads it and otherwise who does.
 */
@Readiness
@ApplicationScoped
public class JobLeadershipReadiness implements HealthCheck {

    private final JobRunner runner;

    public JobLeadershipReadiness(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("job-leadership").up().withData("kind", runner.leadershipKind());
        for (var loop : runner.loops()) {
            var claim = loop.claim();
            response.withData(loop.jobName(), claim.leads()
                    ? "leads " + claim.lockName()
                    : "follows " + claim.leader().orElse("(no leader seen yet)") + " on " + claim.lockName());
        }
        return response.build();
    }
}
