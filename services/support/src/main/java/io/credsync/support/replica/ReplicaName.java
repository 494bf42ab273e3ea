package io.credsync.support.replica;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import io.credsync.model.validation.FieldLimits;

/**
 * This replica's stable name, {@code credsync.instance-id} (env {@code CREDSYNC_INSTANCE_ID}): the pod name in
 * Kubernetes (a container restarted in its pod keeps it), {@code dispatcher-2} in the local stack. Unset means no stable
 * name: nothing that relies on one (Kafka static membership, taking back this replica's own leases) is switched on.
 */
public record ReplicaName(Optional<String> value) {

    public static final String PROPERTY = "credsync.instance-id";

    public ReplicaName {
        value.ifPresent(v -> {
            if (!FieldLimits.isId(v)) {
                throw new IllegalArgumentException(
                        PROPERTY + " must be at most 200 characters without control characters");
            }
        });
    }

    public static ReplicaName from(Config config) {
        return new ReplicaName(config.getOptionalValue(PROPERTY, String.class).map(String::strip)
                .filter(v -> !v.isEmpty()));
    }

    public static ReplicaName none() {
        return new ReplicaName(Optional.empty());
    }

    /**
     * The configured name, else the host name (in a pod, the pod name too), else {@code pid-<n>}: good enough to tell
     * who holds a Lease or an advisory lock, where a name that changes at restart costs nothing.
     */
    public String orHostName() {
        return value.or(ReplicaName::hostName).orElseGet(() -> "pid-" + ProcessHandle.current().pid());
    }

    private static Optional<String> hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.strip());
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
