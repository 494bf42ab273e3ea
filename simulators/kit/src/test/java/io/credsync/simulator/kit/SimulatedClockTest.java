package io.credsync.simulator.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(Clock.fixed(START, ZoneOffset.UTC));

    @Test
    void shouldMoveForwardAndRunTheListenersAtOnce() {
        // Given
        AtomicInteger runs = new AtomicInteger();
        clock.onAdvance(runs::incrementAndGet);

        // When
        clock.advance(Duration.ofHours(25));

        // Then
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(25)));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(25));
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldGoBackToTheBaseOnReset() {
        // Given
        clock.advance(Duration.ofMinutes(5));

        // When
        clock.reset();

        // Then
        assertThat(clock.now()).isEqualTo(START);
    }

    @Test
    void shouldRefuseToGoBackInTime() {
        // When / Then
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
