package io.credsync.bench.run;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import io.credsync.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;

/** The raw pipeline on the tests' in-JVM broker: small runs, checking that it completes and cleans up. */
class RawPipelineBaselineTest {

    private static final List<List<BenchChange.Target>> TARGETS = List.of(
            List.of(new BenchChange.Target("js-0", "jetstream", "Bench-0"),
                    new BenchChange.Target("js-1", "jetstream", "Bench-1")),
            List.of(new BenchChange.Target("seam-0", "seam", "system-0")));

    @Test
    void shouldCompleteEveryChangeWhenEachTargetsStatusArrives() {
        // Given
        var changes = ChangeMix.generate("raw", 200, ChangeMix.Mix.DEFAULT, 2, TARGETS, 42);

        // When
        var result = RawPipelineBaseline.run(TestKafka.bootstrapServers(), changes, Duration.ofSeconds(15));

        // Then
        assertThat(result.name()).isEqualTo("raw");
        assertThat(result.changes()).isEqualTo(200);
        assertThat(result.seconds()).isPositive();
        assertThat(result.p50Ms()).isPositive();
        assertThat(result.p99Ms()).isGreaterThanOrEqualTo(result.p50Ms());
        assertThat(result.maxMs()).isGreaterThanOrEqualTo(result.p99Ms());
        assertThat(result.vendorCalls()).isZero();
    }

    @Test
    void shouldDeleteItsTopicsAfterTheRun() throws Exception {
        // Given
        var changes = ChangeMix.generate("raw-clean", 10, ChangeMix.Mix.DEFAULT, 1, TARGETS, 7);

        // When
        RawPipelineBaseline.run(TestKafka.bootstrapServers(), changes, Duration.ofSeconds(15));

        // Then
        try (var admin = Admin.create(TestKafka.adminProps())) {
            assertThat(admin.listTopics().names().get()).noneMatch(name -> name.startsWith("bench.raw."));
        }
    }
}
