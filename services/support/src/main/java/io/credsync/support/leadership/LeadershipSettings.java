package io.credsync.support.leadership;

import java.time.Duration;
import java.util.Locale;

import org.eclipse.microprofile.config.Config;

import io.credsync.support.replica.ReplicaName;

/**
 * {@code credsync.leadership} ({@code database}, the default, or {@code kubernetes}),
 * {@code credsync.leadership.lease-duration} (default {@code PT10S}) and {@code credsync.instance-id}. Read from
 * {@link Config} rather than a {@code @ConfigMapping}: the kind is the value of the prefix itself.
 */
public record LeadershipSettings(Kind kind, LeadershipTiming timing, String instanceId) {

    public static final String KIND_PROPERTY = "credsync.leadership";
    public static final String LEASE_DURATION_PROPERTY = "credsync.leadership.lease-duration";

    public enum Kind {
        DATABASE, KUBERNETES;

        static Kind parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(KIND_PROPERTY + " must be 'database' or 'kubernetes', not '"
                        + value + "'", e);
            }
        }
    }

    public static LeadershipSettings from(Config config) {
        Kind kind = config.getOptionalValue(KIND_PROPERTY, String.class)
                .filter(v -> !v.isBlank())
                .map(Kind::parse)
                .orElse(Kind.DATABASE);
        Duration lease = config.getOptionalValue(LEASE_DURATION_PROPERTY, Duration.class)
                .orElse(Duration.ofSeconds(10));
        return new LeadershipSettings(kind, LeadershipTiming.derivedFrom(lease), ReplicaName.from(config).orHostName());
    }
}
