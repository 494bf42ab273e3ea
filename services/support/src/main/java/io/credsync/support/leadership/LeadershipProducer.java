package io.credsync.support.leadership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The {@link Leadership} of {@code credsync.leadership}. Built only where a loop asks for it: the Kubernetes client
 * only for {@code kubernetes}, the database only through {@code quarkus.datasource.*} for {@code database}.
 */
@ApplicationScoped
public class LeadershipProducer {

    private static final Logger LOG = Logger.getLogger(LeadershipProducer.class);

    @Produces
    @ApplicationScoped
    Leadership leadership(Config config, Instance<KubernetesClient> clients) {
        var settings = LeadershipSettings.from(config);
        LOG.infof("Leadership: %s, this replica is %s, lease %s", settings.kind().name().toLowerCase(),
                settings.instanceId(), settings.timing().leaseDuration());
        return switch (settings.kind()) {
            case KUBERNETES -> {
                var client = clients.get();
                yield new KubernetesLeadership(client, client.getNamespace(), settings.instanceId(),
                        settings.timing());
            }
            case DATABASE -> new DatabaseLeadership(new PostgresLockConnections(
                    config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null),
                    settings.instanceId(),
                    (int) Math.max(5, settings.timing().leaseDuration().toSeconds())),
                    settings.instanceId(), settings.timing());
        };
    }

    void close(@Disposes Leadership leadership) {
        leadership.close();
    }
}
