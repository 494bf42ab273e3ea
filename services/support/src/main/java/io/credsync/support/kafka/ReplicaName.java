package io.credsync.support.kafka;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import io.credsync.model.validation.FieldLimits;

/**
 * This replica's stable name, {@code credsync.instance-id} (env {@code CREDSYNC_INSTANCE_ID}): the pod name in
 * Kubernetes (a container restarted in its pod keeps it), {@code dispatcher-2} in the local stack. Unset means no stable
 * name: nothing that relies on one (Kafka static membership, taking back this replica's own leases) is switched on.
 */
public record ReplicaName(Optional<String> value) {

    static final String PROPERTY = "credsync.instance-id";

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
}
