package io.credsync.bench.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU of the stack's processes over the measured run and over an idle window, per process name (replicas of a
 * service summed): CPU seconds and ms per change in the run, % of one core at idle. From two snapshots of each
 * window ({@link ProcessFigures#snapshot()}, by pid): a process that started inside a window counts from zero; one
 * that ended inside it is missing from it.
 */
public record CpuTable(double runSeconds, long runChanges, double idleSeconds, List<Row> rows) {

    /** The processes that are credsync itself (the rest is Kafka, PostgreSQL and the simulators). */
    static final List<String> CREDSYNC = List.of("credential-registry", "event-ingest", "dispatcher");

    /** One process name: CPU seconds in the run and at idle ({@code NaN}: no idle window). */
    public record Row(String name, int processes, double runCpuSeconds, double idleCpuSeconds) {
    }

    /** {@code run*} and {@code idle*}: the snapshots at each window's ends; {@code idleBefore} empty: no idle window. */
    public static CpuTable of(Map<Long, ProcessFigures> runBefore, Map<Long, ProcessFigures> runAfter,
            double runSeconds, long runChanges, Map<Long, ProcessFigures> idleBefore,
            Map<Long, ProcessFigures> idleAfter, double idleSeconds) {
        Map<String, Double> run = delta(runBefore, runAfter);
        Map<String, Double> idle = idleBefore.isEmpty() ? Map.of() : delta(idleBefore, idleAfter);
        Map<String, Integer> processes = new LinkedHashMap<>();
        runAfter.values().forEach(p -> processes.merge(displayName(p.name()), 1, Integer::sum));
        List<String> names = new ArrayList<>(CREDSYNC.stream().filter(run::containsKey).toList());
        run.keySet().stream().filter(name -> !CREDSYNC.contains(name)).sorted().forEach(names::add);
        List<Row> rows = names.stream().map(name -> new Row(name, processes.getOrDefault(name, 0), run.get(name),
                idleBefore.isEmpty() ? Double.NaN : idle.getOrDefault(name, 0.0))).toList();
        return new CpuTable(runSeconds, runChanges, idleBefore.isEmpty() ? 0 : idleSeconds, rows);
    }

    /** CPU seconds per display name between two snapshots. */
    private static Map<String, Double> delta(Map<Long, ProcessFigures> before, Map<Long, ProcessFigures> after) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        after.forEach((pid, p) -> {
            ProcessFigures earlier = before.get(pid);
            double used = p.cpuSeconds() - (earlier == null ? 0 : earlier.cpuSeconds());
            cpu.merge(displayName(p.name()), Math.max(0, used), Double::sum);
        });
        return cpu;
    }

    /** {@code services/dispatcher/} → {@code dispatcher}; other names as they are. */
    static String displayName(String processName) {
        String name = processName.startsWith("services/")
                ? processName.substring("services/".length())
                : processName;
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    public double msPerChange(double cpuSeconds) {
        return runChanges == 0 ? 0 : cpuSeconds * 1000 / runChanges;
    }

    public double idlePercentOfCore(double cpuSeconds) {
        return idleSeconds == 0 ? Double.NaN : cpuSeconds * 100 / idleSeconds;
    }

    public double credsyncRunCpuSeconds() {
        return rows.stream().filter(r -> CREDSYNC.contains(r.name())).mapToDouble(Row::runCpuSeconds).sum();
    }

    public double credsyncIdleCpuSeconds() {
        return rows.stream().filter(r -> CREDSYNC.contains(r.name())).mapToDouble(Row::idleCpuSeconds).sum();
    }

    public double totalRunCpuSeconds() {
        return rows.stream().mapToDouble(Row::runCpuSeconds).sum();
    }

    public double totalIdleCpuSeconds() {
        return rows.stream().mapToDouble(Row::idleCpuSeconds).sum();
    }

    String markdown() {
        var md = new StringBuilder(String.format("CPU per process over the run (%,d changes in %.1f s, revocations "
                + "of the lane included) and at idle (%s):%n%n", runChanges, runSeconds,
                idleSeconds == 0
                        ? "not measured"
                        : String.format("%.0f s after the warm-up, before the run", idleSeconds)));
        md.append("| process | CPU s in the run | CPU ms per change | idle: % of one core |\n");
        md.append("|---|---:|---:|---:|\n");
        rows.stream().filter(row -> CREDSYNC.contains(row.name())).forEach(row -> line(md, row));
        line(md, "**credsync services**", credsyncRunCpuSeconds(), credsyncIdleCpuSeconds());
        rows.stream().filter(row -> !CREDSYNC.contains(row.name())).forEach(row -> line(md, row));
        line(md, "**whole stack**", totalRunCpuSeconds(), totalIdleCpuSeconds());
        return md.toString();
    }

    private void line(StringBuilder md, Row row) {
        line(md, row.processes() > 1 ? row.name() + " (×" + row.processes() + ")" : row.name(), row.runCpuSeconds(),
                row.idleCpuSeconds());
    }

    private void line(StringBuilder md, String name, double runCpu, double idleCpu) {
        double idle = idlePercentOfCore(idleCpu);
        md.append(String.format("| %s | %.1f | %.2f | %s |%n", name, runCpu, msPerChange(runCpu), Double.isNaN(idle)
                ? "–"
                : String.format("%.1f %%", idle)));
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_seconds", runSeconds);
        json.put("run_changes", runChanges);
        json.put("idle_seconds", idleSeconds);
        List<Map<String, Object>> processes = new ArrayList<>();
        for (Row row : rows) {
            processes.add(entry(row.name(), row.processes(), row.runCpuSeconds(), row.idleCpuSeconds()));
        }
        json.put("processes", processes);
        json.put("credsync_services", entry("credsync services", 0, credsyncRunCpuSeconds(),
                credsyncIdleCpuSeconds()));
        json.put("whole_stack", entry("whole stack", 0, totalRunCpuSeconds(), totalIdleCpuSeconds()));
        return json;
    }

    private Map<String, Object> entry(String name, int processes, double runCpu, double idleCpu) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        if (processes > 0) {
            json.put("processes", processes);
        }
        json.put("run_cpu_seconds", runCpu);
        json.put("cpu_ms_per_change", msPerChange(runCpu));
        double idle = idlePercentOfCore(idleCpu);
        json.put("idle_percent_of_one_core", Double.isNaN(idle) ? null : idle);
        return json;
    }
}
