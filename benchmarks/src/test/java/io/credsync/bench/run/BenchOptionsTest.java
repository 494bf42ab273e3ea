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
    void shouldExplainAnUnknownOptionWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--chnages", "5"}))
                .hasMessageContaining("unknown option --chnages").hasMessageContaining("--changes N");
    }
}
