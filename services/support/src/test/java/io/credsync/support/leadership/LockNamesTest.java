package io.credsync.support.leadership;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockNamesTest {

    @Test
    void shouldNameALockAfterTheApplicationAndTheLoop() {
        // When / Then
        assertThat(LockNames.of("event-ingest", "seam-events-poll"))
                .isEqualTo("credsync-event-ingest-seam-events-poll");
    }

    @Test
    void shouldMakeAValidDns1123LabelOfAnyName() {
        // When
        String name = LockNames.of("Event_Ingest", "A very.long loop name that goes on and on -- and on, forever--");
        // Then
        assertThat(name).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?").hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void shouldDeriveTheRenewDeadlineAndRetryPeriodFromTheLeaseDuration() {
        // When
        var timing = LeadershipTiming.derivedFrom(Duration.ofSeconds(10));
        // Then fabric8's rule holds: lease > renew deadline > 1.2 × retry period
        assertThat(timing.renewDeadline()).isBetween(Duration.ofMillis(6666), Duration.ofMillis(6667));
        assertThat(timing.retryPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(timing.renewDeadline()).isGreaterThan(timing.retryPeriod().multipliedBy(12).dividedBy(10));
    }

    @Test
    void shouldDefaultToTheDatabaseWithATenSecondLease() {
        // Given
        var config = new SmallRyeConfigBuilder().withDefaultValues(Map.of()).build();
        // When
        var settings = LeadershipSettings.from(config);
        // Then
        assertThat(settings.kind()).isEqualTo(LeadershipSettings.Kind.DATABASE);
        assertThat(settings.timing().leaseDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.instanceId()).isNotBlank();
    }

    @Test
    void shouldReadTheKindLeaseAndInstanceIdFromConfiguration() {
        // Given
        var config = new SmallRyeConfigBuilder().withDefaultValues(Map.of("credsync.leadership", "kubernetes",
                "credsync.leadership.lease-duration", "PT15S", "credsync.instance-id", "event-ingest-7d9f-x2")).build();
        // When
        var settings = LeadershipSettings.from(config);
        // Then
        assertThat(settings.kind()).isEqualTo(LeadershipSettings.Kind.KUBERNETES);
        assertThat(settings.timing().leaseDuration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.instanceId()).isEqualTo("event-ingest-7d9f-x2");
    }

    @Test
    void shouldRefuseAnUnknownKind() {
        // Given
        var config = new SmallRyeConfigBuilder().withDefaultValues(Map.of("credsync.leadership", "zookeeper")).build();
        // When / Then
        assertThatThrownBy(() -> LeadershipSettings.from(config)).hasMessageContaining("credsync.leadership");
    }
}
