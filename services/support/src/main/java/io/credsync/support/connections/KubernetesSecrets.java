package io.credsync.support.connections;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.runtime.StartupEvent;

/**
 * The vendor-keys Secret named by {@code credsync.secrets.kubernetes.secret}, in the pod's namespace, read at startup
 * (a Secret that cannot be read fails the start: missing RBAC should not look like missing keys) and watched. When the
 * property is unset no Kubernetes client is ever built: the local stack and tests have no cluster.
 */
@ApplicationScoped
public class KubernetesSecrets {

    static final String SECRET_PROPERTY = "credsync.secrets.kubernetes.secret";
    private static final Duration FIRST_READ = Duration.ofSeconds(30);

    private final Optional<String> secretName;
    private final Instance<KubernetesClient> clients;
    private volatile KubernetesSecretSource source;

    @Inject
    public KubernetesSecrets(@ConfigProperty(name = SECRET_PROPERTY) Optional<String> secretName,
            Instance<KubernetesClient> clients) {
        this.secretName = secretName.map(String::strip).filter(n -> !n.isEmpty());
        this.clients = clients;
    }

    void start(@Observes StartupEvent event) {
        source();
    }

    /** The key's value from the Secret, or empty when unset there (or no Secret is configured). */
    public Optional<String> find(String key) {
        return source().flatMap(s -> s.find(key));
    }

    public boolean configured() {
        return secretName.isPresent();
    }

    private Optional<KubernetesSecretSource> source() {
        if (secretName.isEmpty()) {
            return Optional.empty();
        }
        var current = source;
        if (current == null) {
            synchronized (this) {
                current = source;
                if (current == null) {
                    var client = clients.get();
                    current = KubernetesSecretSource.start(client, client.getNamespace(), secretName.get(),
                            FIRST_READ);
                    source = current;
                }
            }
        }
        return Optional.of(current);
    }

    @PreDestroy
    void stop() {
        var current = source;
        if (current != null) {
            current.close();
        }
    }
}
