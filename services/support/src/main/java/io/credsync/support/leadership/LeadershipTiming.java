package io.credsync.support.leadership;

import java.time.Duration;

/**
 * How long a lease lasts unrenewed, how long a leader keeps trying to renew before it gives up (two thirds, as
 * client-go's 15 s / 10 s), and how often everyone retries (a tenth: fabric8 adds up to 120 % jitter to a contender's
 * retries, so a killed leader is replaced within about {@code 1.2 × leaseDuration}).
 */
public record LeadershipTiming(Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {

    public LeadershipTiming {
        if (leaseDuration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("credsync.leadership.lease-duration must be at least 1 s (Leases "
                    + "count whole seconds): " + leaseDuration);
        }
    }

    public static LeadershipTiming derivedFrom(Duration leaseDuration) {
        return new LeadershipTiming(leaseDuration, leaseDuration.multipliedBy(2).dividedBy(3),
                leaseDuration.dividedBy(10));
    }
}
