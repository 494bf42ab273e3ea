package io.credsync.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static final Percentiles LATENCY = new Percentiles(4, 100, 200, 300, 400);

    private final RunResult run = new RunResult(1_000, 2, 0, 2.0, 3_000, 2_000, LATENCY, new Percentiles(1, 50, 50,
            50, 50), Map.of("sent → accepted by registry", LATENCY),
            List.of(new long[]{0, 100, 0}, new long[]{500,
                    400, 1}),
            0);
    private final Report report = new Report(new Report.Setup(1_000, "70/15/5/10", 2, 20, 20, 0, 0, 42), run,
            List.of(new BaselineResult("raw", 1_000, 0.5, 10, 20, 30, 0), new BaselineResult("naive", 1_000, 20, 5,
                    9, 12, 4_000)),
            List.of(new ProcessFigures("credential-registry", 12.5, 400)));

    @Test
    void shouldPrintThroughputLatencyAndTheRatiosToEachBaseline() {
        var md = report.markdown();
        assertThat(md).contains("| 1,000 changes in 2.0 s | 500 | 1,500 | 3.00 | 100 | 200 | 300 | 400 | 50 |");
        assertThat(md).contains("| raw | 2,000 |").contains("0.25×");
        assertThat(md).contains("| naive | 50 |").contains("10.00×");
        assertThat(md).contains("| credential-registry | 12.5 | 400 |");
    }

    @Test
    void shouldShowTheVendorLatencyTheRevocationLaneAndCpuPerChangeWhenMeasured(@TempDir Path dir)
            throws Exception {
        // Given
        var lane = new RevocationLane.Result(10, 300, 120, 12.0, 12.5, 1, new LatencySummary(119, 80, 150, 240, 400));
        var cpu = CpuTable.of(Map.of(1L, new ProcessFigures("credential-registry", 10, 400)), Map.of(1L,
                new ProcessFigures("credential-registry", 14, 400)), 12, 2_000, Map.of(), Map.of(), 0);
        var extended = new Report(new Report.Setup(1_000, "70/15/5/10", 2, 20, 20, 0, 0, 42), run, List.of(),
                List.of(), new Report.Extras("50 ± 10 ms", lane, cpu));

        // When
        String md = extended.markdown();
        extended.write(dir);
        JsonNode json = Json.mapper().readTree(Files.readAllBytes(dir.resolve("report.json")));

        // Then
        assertThat(md).contains("answers after 50 ± 10 ms").contains("same input topic as the change stream")
                .contains("| lane | 10 | 120 | 80 | 150 | 240 | 400 | 1 |")
                .contains("| **credsync services** | 4.0 | 2.00 | – |");
        assertThat(json.at("/vendor_latency").asText()).isEqualTo("50 ± 10 ms");
        assertThat(json.at("/revocation_lane/latency/p90_ms").asLong()).isEqualTo(150);
        assertThat(json.at("/cpu/credsync_services/cpu_ms_per_change").asDouble()).isEqualTo(2.0);
    }

    @Test
    void shouldWriteTheSameFiguresAsJsonAndAChart(@TempDir Path dir) throws Exception {
        report.write(dir);
        JsonNode json = Json.mapper().readTree(Files.readAllBytes(dir.resolve("report.json")));
        assertThat(json.at("/credsync/changes_per_second").asDouble()).isEqualTo(500.0);
        assertThat(json.at("/credsync/revocation_latency/p99_ms").asDouble()).isEqualTo(50.0);
        assertThat(json.at("/baselines/1/credsync_ratio").asDouble()).isEqualTo(10.0);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg").contains("fill='#d62728'").contains("<polyline");
    }
}
