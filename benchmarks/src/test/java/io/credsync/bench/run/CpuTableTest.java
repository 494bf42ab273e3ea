package io.credsync.bench.run;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CpuTableTest {

    private static ProcessFigures p(String name, double cpu) {
        return new ProcessFigures(name, cpu, 100);
    }

    private final Map<Long, ProcessFigures> idleBefore = Map.of(1L, p("credential-registry", 10), 2L, p(
            "event-ingest", 5), 3L, p("services/dispatcher/", 4), 4L, p("kafka.Kafka", 20));
    private final Map<Long, ProcessFigures> idleAfter = Map.of(1L, p("credential-registry", 10.2), 2L, p(
            "event-ingest", 5.1), 3L, p("services/dispatcher/", 4.3), 4L, p("kafka.Kafka", 20.4));
    private final Map<Long, ProcessFigures> runAfter = Map.of(1L, p("credential-registry", 16.2), 2L, p(
            "event-ingest", 9.1), 3L, p("services/dispatcher/", 7.3), 5L, p("services/dispatcher/", 1.0), 4L,
            p(
                    "kafka.Kafka", 22.4));

    private final CpuTable table = CpuTable.of(idleAfter, runAfter, 20, 2_000, idleBefore, idleAfter, 10);

    @Test
    void shouldGiveCpuMsPerChangeOfEachServiceAndTheirSum() {
        // Then: registry 6 s, event-ingest 4 s, dispatcher 3 s + 1 s of a replica that started in the run
        assertThat(table.rows()).extracting(CpuTable.Row::name).containsExactly("credential-registry",
                "event-ingest", "dispatcher", "kafka.Kafka");
        assertThat(table.msPerChange(table.rows().get(0).runCpuSeconds())).isCloseTo(3.0, within(1e-9));
        assertThat(table.rows().get(2).runCpuSeconds()).isCloseTo(4.0, within(1e-9));
        assertThat(table.rows().get(2).processes()).isEqualTo(2);
        assertThat(table.credsyncRunCpuSeconds()).isCloseTo(14.0, within(1e-9));
        assertThat(table.msPerChange(table.credsyncRunCpuSeconds())).isCloseTo(7.0, within(1e-9));
        assertThat(table.msPerChange(table.totalRunCpuSeconds())).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void shouldGiveIdleCpuAsAShareOfOneCore() {
        // Then: 0.2 + 0.1 + 0.3 CPU-s of credsync and 0.4 of Kafka over 10 s
        assertThat(table.idlePercentOfCore(table.rows().get(0).idleCpuSeconds())).isCloseTo(2.0, within(1e-9));
        assertThat(table.idlePercentOfCore(table.credsyncIdleCpuSeconds())).isCloseTo(6.0, within(1e-9));
        assertThat(table.idlePercentOfCore(table.totalIdleCpuSeconds())).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void shouldPrintTheTableWithTheCredsyncSumAndTheWholeStack() {
        // When
        String md = table.markdown();

        // Then
        assertThat(md).contains("| credential-registry | 6.0 | 3.00 | 2.0 % |")
                .contains("| dispatcher (×2) | 4.0 | 2.00 | 3.0 % |")
                .contains("| **credsync services** | 14.0 | 7.00 | 6.0 % |")
                .contains("| kafka.Kafka | 2.0 | 1.00 | 4.0 % |")
                .contains("| **whole stack** | 16.0 | 8.00 | 10.0 % |");
        assertThat(md.indexOf("**credsync services**")).isLessThan(md.indexOf("kafka.Kafka"));
    }

    @Test
    void shouldLeaveIdleOutWithoutAnIdleWindow() {
        // When
        var noIdle = CpuTable.of(idleAfter, runAfter, 20, 2_000, Map.of(), Map.of(), 10);

        // Then
        assertThat(noIdle.markdown()).contains("at idle (not measured)").contains(
                "| **credsync services** | 14.0 | 7.00 | – |");
        assertThat(noIdle.json()).extractingByKey("idle_seconds").isEqualTo(0.0);
    }

    @Test
    void shouldNameTheDispatcherByItsModule() {
        assertThat(CpuTable.displayName("services/dispatcher/")).isEqualTo("dispatcher");
        assertThat(CpuTable.displayName("kafka.Kafka")).isEqualTo("kafka.Kafka");
    }
}
