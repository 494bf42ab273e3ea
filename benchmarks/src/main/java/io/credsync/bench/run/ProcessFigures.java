package io.credsync.bench.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.credsync.bench.Bench;

/** CPU seconds and resident memory of every process the bench started (the stack's children), by name. */
public record ProcessFigures(String name, double cpuSeconds, long rssMiB) {

    private static final List<String> NAMES = List.of("simulator-host", "credential-registry", "event-ingest",
            "services/dispatcher/", "kafka.Kafka", "postgres");

    public static List<ProcessFigures> now() {
        return new ArrayList<>(snapshot().values());
    }

    /** The same figures by pid: two snapshots give the CPU each process used between them ({@link CpuTable}). */
    public static Map<Long, ProcessFigures> snapshot() {
        var figures = new LinkedHashMap<Long, ProcessFigures>();
        ProcessHandle.current().descendants().forEach(p -> {
            String command = p.info().commandLine().orElse("");
            NAMES.stream().filter(command::contains).findFirst().ifPresent(name -> figures.put(p.pid(),
                    new ProcessFigures(name, Bench.cpuSeconds(p.pid()), Bench.rssMiB(p.pid()))));
        });
        return figures;
    }
}
