package io.credsync.bench.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void shouldReadEveryOption() {
        var o = BenchOptions.parse(new String[]{"--changes", "1000", "--mix", "50,20,10,20", "--targets-per-change",
                "3", "--devices", "5", "--systems", "6", "--rate", "1000", "--seam-sync-delay-ms", "300", "--seed",
                "9", "--no-baselines", "--faults", "kafka-restart,vendor-5xx", "--out", "/tmp/x"});
        assertThat(o.changes()).isEqualTo(1000);
        assertThat(o.mix()).isEqualTo(new ChangeMix.Mix(50, 20, 10, 20));
        assertThat(o.targetsPerChange()).isEqualTo(3);
        assertThat(o.rate()).isEqualTo(1000.0);
        assertThat(o.baselines()).isFalse();
        assertThat(o.faults()).containsExactly("kafka-restart", "vendor-5xx");
        assertThat(o.out()).isEqualTo(Path.of("/tmp/x"));
        assertThat(o.naiveChanges()).isEqualTo(1000);
    }

    @Test
    void shouldReadTheVendorLatencyRevocationAndIdleOptions() {
        // When
        var o = BenchOptions.parse(new String[]{"--vendor-latency-ms", "50", "--vendor-latency-jitter-ms", "20",
                "--revocation-rate", "12.5", "--revocations", "300", "--idle-seconds", "5", "--out", "/tmp/x"});

        // Then
        assertThat(o.vendorLatencyMs()).isEqualTo(50);
        assertThat(o.vendorLatencyJitterMs()).isEqualTo(20);
        assertThat(o.vendorLatencyText()).isEqualTo("50 ± 20 ms");
        assertThat(o.revocationRate()).isEqualTo(12.5);
        assertThat(o.revocations()).isEqualTo(300);
        assertThat(o.idleSeconds()).isEqualTo(5);
    }

    @Test
    void shouldDefaultTheJitterToAFifthOfTheLatencyAndThePoolToThirtySecondsOfRevocations() {
        // When
        var o = BenchOptions.parse(new String[]{"--vendor-latency-ms", "50", "--revocation-rate", "10.5", "--out",
                "/tmp/x"});

        // Then
        assertThat(o.vendorLatencyJitterMs()).isEqualTo(10);
        assertThat(o.revocations()).isEqualTo(315);
        assertThat(o.naiveChanges()).isEqualTo(300);
    }

    @Test
    void shouldRunWithoutLatencyOrLaneAndWithATenSecondIdleWindowByDefault() {
        // When
        var o = BenchOptions.parse(new String[]{"--out", "/tmp/x"});

        // Then
        assertThat(o.vendorLatencyMs()).isZero();
        assertThat(o.vendorLatencyJitterMs()).isZero();
        assertThat(o.vendorLatencyText()).isEqualTo("none");
        assertThat(o.revocationRate()).isZero();
        assertThat(o.revocations()).isZero();
        assertThat(o.idleSeconds()).isEqualTo(10);
    }

    @Test
    void shouldRefuseAJitterLargerThanTheLatency() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--vendor-latency-ms", "10",
                "--vendor-latency-jitter-ms", "11", "--out", "/tmp/x"}))
                .hasMessageContaining("0 <= J <= N").hasMessageContaining("--vendor-latency-ms N");
    }

    @Test
    void shouldRefuseANegativeRevocationRate() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--revocation-rate", "-1", "--out", "/tmp/x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--revocation-rate");
    }

    @Test
    void shouldExplainAnUnknownOptionWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--chnages", "5"}))
                .hasMessageContaining("unknown option --chnages").hasMessageContaining("--changes N");
    }
}
