package io.credsync.support.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatsTest {

    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final Heartbeats heartbeats = new Heartbeats(clock);
    private final BackgroundLoopsReadiness readiness = new BackgroundLoopsReadiness(heartbeats);

    @Test
    void shouldStayReadyWhileEveryLoopBeatsInTime() {
        var relay = heartbeats.register("outbox-relay", Duration.ofSeconds(60));
        now = now.plusSeconds(50);
        relay.beat();
        now = now.plusSeconds(50);
        assertThat(readiness.call().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void shouldTurnReadinessDownWhenALoopStopsBeating() {
        heartbeats.register("outbox-relay", Duration.ofSeconds(60)).beat();
        now = now.plusSeconds(61);
        var response = readiness.call();
        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData().orElseThrow().get("outbox-relay").toString()).startsWith("STUCK");
    }

    @Test
    void shouldNotCountALoopStoppedOnPurpose() {
        var loop = heartbeats.register("dispatch-loop", Duration.ofSeconds(1));
        loop.stop();
        now = now.plusSeconds(3600);
        assertThat(readiness.call().getStatus()).isEqualTo(Status.UP);
    }
}
