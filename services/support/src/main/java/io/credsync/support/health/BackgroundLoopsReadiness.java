package io.credsync.support.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while any background loop is overdue: its thread died or it hangs, so the service does part of its job. */
@Readiness
@ApplicationScoped
public class BackgroundLoopsReadiness implements HealthCheck {

    private final Heartbeats heartbeats;

    public BackgroundLoopsReadiness(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("background-loops").up();
        for (var heartbeat : heartbeats.all()) {
            var overdue = heartbeat.overdue();
            if (!overdue.isZero()) {
                response.down();
            }
            response.withData(heartbeat.loop(), overdue.isZero()
                    ? "beating, last " + heartbeat.last()
                    : "STUCK: no round since " + heartbeat.last() + " (" + overdue.toSeconds() + " s overdue)");
        }
        return response.build();
    }
}
