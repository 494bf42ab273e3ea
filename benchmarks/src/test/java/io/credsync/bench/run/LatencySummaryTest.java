package io.credsync.bench.run;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencySummaryTest {

    @Test
    void shouldTakeNearestRankPercentilesOfAHundredValues() {
        // Given: 1..100 ms, shuffled
        long[] values = LongStream.rangeClosed(1, 100).map(v -> (v * 37) % 100 + 1).toArray();

        // When
        var summary = LatencySummary.of(values);

        // Then
        assertThat(summary).isEqualTo(new LatencySummary(100, 50, 90, 99, 100));
    }

    @Test
    void shouldGiveTheLargestValueAsP99OfTenValues() {
        // When
        var summary = LatencySummary.of(new long[]{5, 1, 9, 3, 7, 2, 8, 4, 6, 10});

        // Then
        assertThat(summary).isEqualTo(new LatencySummary(10, 5, 9, 10, 10));
    }

    @Test
    void shouldGiveTheOnlyValueForEveryPercentile() {
        assertThat(LatencySummary.of(new long[]{42})).isEqualTo(new LatencySummary(1, 42, 42, 42, 42));
    }

    @Test
    void shouldGiveZerosForNoValues() {
        assertThat(LatencySummary.of(new long[0])).isEqualTo(LatencySummary.EMPTY);
    }

    @Test
    void shouldNotReorderTheCallersValues() {
        // Given
        long[] values = {3, 1, 2};

        // When
        LatencySummary.of(values);

        // Then
        assertThat(values).containsExactly(3, 1, 2);
    }
}
