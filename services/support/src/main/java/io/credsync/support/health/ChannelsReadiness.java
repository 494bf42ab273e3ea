package io.credsync.support.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.reactive.messaging.providers.extension.HealthCenter;

/**
 * A channel that stopped (a failure reached SmallRye) only turns liveness DOWN by default; a stopped consumer also
 * means the service no longer does its job, so readiness says so too and traffic and dashboards see it at once.
 */
@Readiness
@ApplicationScoped
public class ChannelsReadiness implements HealthCheck {

    private final HealthCenter health;

    public ChannelsReadiness(HealthCenter health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("messaging-channels-running").up();
        var liveness = health.getLiveness();
        for (var channel : liveness.getChannels()) {
            if (!channel.isOk()) {
                response.down().withData(channel.getChannel(), "STOPPED: " + channel.getMessage());
            }
        }
        return response.build();
    }
}
