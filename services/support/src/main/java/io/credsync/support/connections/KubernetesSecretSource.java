package io.credsync.support.connections;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

/**
 * One Kubernetes Secret kept in memory by an informer on that Secret alone ({@code withName}: the list and watch carry
 * a {@code metadata.name} field selector, so RBAC restricted by {@code resourceNames} allows them). A changed key is
 * answered as soon as the watch delivers it; a deleted key or Secret no longer resolves. Only key names and counts
 * are ever logged.
 */
public final class KubernetesSecretSource implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KubernetesSecretSource.class);

    private final String namespace;
    private final String name;
    private final SharedIndexInformer<Secret> informer;
    private volatile Map<String, String> values = Map.of();

    private KubernetesSecretSource(KubernetesClient client, String namespace, String name) {
        this.namespace = namespace;
        this.name = name;
        this.informer = client.secrets().inNamespace(namespace).withName(name).runnableInformer(0);
        this.informer.addEventHandler(new Handler());
    }

    /**
     * Reads the Secret (an absent Secret is empty, not an error) and starts watching it.
     *
     * @throws IllegalStateException when the first list fails within {@code timeout} (no access, no API server)
     */
    public static KubernetesSecretSource start(KubernetesClient client, String namespace, String name,
            Duration timeout) {
        var source = new KubernetesSecretSource(client, namespace, name);
        try {
            source.informer.start().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            source.close();
            throw new IllegalStateException("interrupted while reading the Secret " + source.describe(), e);
        } catch (ExecutionException | TimeoutException e) {
            source.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("the Secret " + source.describe() + " cannot be read through the "
                    + "Kubernetes API (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")", e);
        }
        LOG.infof("Vendor keys: watching the Secret %s (%d keys)", source.describe(), source.values.size());
        return source;
    }

    /** The key's value as last seen, if the Secret holds it. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public int size() {
        return values.size();
    }

    public String describe() {
        return namespace + "/" + name;
    }

    @Override
    public void close() {
        informer.close();
    }

    private void replace(Secret secret, String change) {
        Map<String, String> next = decode(secret);
        var previous = values;
        values = next;
        var changed = new TreeSet<String>();
        next.forEach((key, value) -> {
            if (!value.equals(previous.get(key))) {
                changed.add(key);
            }
        });
        var removed = new TreeSet<>(previous.keySet());
        removed.removeAll(next.keySet());
        LOG.infof("Vendor keys: Secret %s %s, %d keys; changed %s, removed %s", describe(), change, next.size(),
                changed, removed);
    }

    /** {@code data} is base64 (what the API server stores); {@code stringData} only appears on writes. */
    static Map<String, String> decode(Secret secret) {
        var decoded = new HashMap<String, String>();
        if (secret.getData() != null) {
            secret.getData().forEach((key, value) -> {
                if (value != null) {
                    decoded.put(key, new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8));
                }
            });
        }
        if (secret.getStringData() != null) {
            secret.getStringData().forEach((key, value) -> {
                if (value != null) {
                    decoded.put(key, value);
                }
            });
        }
        return Map.copyOf(decoded);
    }

    private final class Handler implements ResourceEventHandler<Secret> {

        @Override
        public void onAdd(Secret secret) {
            replace(secret, "read");
        }

        @Override
        public void onUpdate(Secret before, Secret after) {
            replace(after, "changed");
        }

        @Override
        public void onDelete(Secret secret, boolean finalStateUnknown) {
            values = Map.of();
            LOG.infof("Vendor keys: Secret %s deleted; its keys no longer resolve from it", describe());
        }
    }
}
