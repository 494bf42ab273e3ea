package io.credsync.simulator.kit;

import java.util.LongSummaryStatistics;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorLatencyTest {

    private final VendorLatency latency = new VendorLatency();

    @Test
    void shouldAnswerAtOnceUntilSet() {
        // When
        long delay = latency.nextDelayMs();

        // Then
        assertThat(delay).isZero();
    }

    @Test
    void shouldKeepEveryDelayWithinTheJitterOfTheMean() {
        // Given
        latency.set(new VendorLatency.Setting(50, 10));

        // When
        LongSummaryStatistics delays = LongStream.range(0, 10_000).map(i -> latency.nextDelayMs())
                .summaryStatistics();

        // Then
        assertThat(delays.getMin()).isEqualTo(40);
        assertThat(delays.getMax()).isEqualTo(60);
        assertThat(delays.getAverage()).isBetween(49.0, 51.0);
    }

    @Test
    void shouldReachBothEndsOfTheJitter() {
        // Given
        var setting = new VendorLatency.Setting(50, 10);

        // When / Then (the uniform draw at its lowest and highest)
        assertThat(setting.delayMs(bound -> 0)).isEqualTo(40);
        assertThat(setting.delayMs(bound -> bound - 1)).isEqualTo(60);
    }

    @Test
    void shouldWaitExactlyTheMeanWithoutJitter() {
        // Given
        latency.set(new VendorLatency.Setting(25, 0));

        // When / Then
        assertThat(LongStream.range(0, 100).map(i -> latency.nextDelayMs()).distinct().boxed()).containsExactly(25L);
    }

    @Test
    void shouldRefuseAJitterLargerThanTheMeanOrNegativeValues() {
        assertThatThrownBy(() -> new VendorLatency.Setting(10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VendorLatency.Setting(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VendorLatency.Setting(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldForgetTheLatencyOnReset() {
        // Given
        var mechanism = new SimulatorMechanism();
        mechanism.latency().set(new VendorLatency.Setting(100, 20));

        // When
        mechanism.reset();

        // Then
        assertThat(mechanism.latency().setting()).isEqualTo(VendorLatency.Setting.NONE);
    }
}
