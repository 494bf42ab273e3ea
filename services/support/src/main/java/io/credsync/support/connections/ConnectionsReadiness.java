package io.credsync.support.connections;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.credsync.model.Topics;

/**
 * A runtime that follows the registry's connections is not ready until it has read them all once: before that it
 * would retry every target with {@code connections_loading}. Services that do not follow them (the registry) are
 * unaffected.
 */
@Readiness
@ApplicationScoped
public class ConnectionsReadiness implements HealthCheck {

    private final FollowedConnections connections;

    public ConnectionsReadiness(FollowedConnections connections) {
        this.connections = connections;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("connections").up();
        if (!connections.isFollowing()) {
            return response.withData("followed", false).build();
        }
        response.withData("known", connections.size());
        if (!connections.isCaughtUp()) {
            response.down().withData("state", "reading " + Topics.CONNECTIONS + " to its end");
        }
        return response.build();
    }
}
