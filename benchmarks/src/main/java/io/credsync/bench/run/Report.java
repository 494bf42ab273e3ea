package io.credsync.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.credsync.model.json.Json;

/** The bench's answer: a Markdown table (printed and saved), the same as JSON, and an HTML chart (inline SVG). */
public final class Report {

    /** What was asked of the run. */
    public record Setup(int changes, String mix, int targetsPerChange, int devices, int systems, double rate,
            int seamSyncDelayMs, long seed) {
    }

    private final Setup setup;
    private final RunResult run;
    private final List<BaselineResult> baselines;
    private final List<ProcessFigures> processes;
    private final Extras extras;

    /**
     * What the run's options added: the simulated vendors' latency ({@code "none"} or {@code "50 ± 10 ms"}), the
     * revocation lane ({@code null}: none) and CPU per change and at idle ({@code null}: not measured).
     */
    public record Extras(String vendorLatency, RevocationLane.Result revocations, CpuTable cpu) {

        static final Extras NONE = new Extras("none", null, null);
    }

    public Report(Setup setup, RunResult run, List<BaselineResult> baselines, List<ProcessFigures> processes) {
        this(setup, run, baselines, processes, Extras.NONE);
    }

    public Report(Setup setup, RunResult run, List<BaselineResult> baselines, List<ProcessFigures> processes,
            Extras extras) {
        this.setup = setup;
        this.run = run;
        this.baselines = baselines;
        this.processes = processes;
        this.extras = extras;
    }

    public String markdown() {
        var md = new StringBuilder();
        md.append(String.format("Setup: %,d changes (mix grants/updates/suspensions/revocations %s), %d targets per "
                + "change, %d Jetstream devices, %d Seam acs_systems, offered rate %s, Seam sync delay %d ms, "
                + "seed %d, %d cores.%n%n", setup.changes(), setup.mix(), setup.targetsPerChange(), setup.devices(),
                setup.systems(), setup.rate() > 0 ? String.format("%,.0f/s", setup.rate()) : "open",
                setup.seamSyncDelayMs(), setup.seed(), Runtime.getRuntime().availableProcessors()));
        if (!extras.vendorLatency().equals("none")) {
            md.append(String.format("Vendor latency: every simulated vendor API call answers after %s (uniform), "
                    + "for credsync and the naive loop alike.%n%n", extras.vendorLatency()));
        }
        md.append("| credsync | changes/s | vendor calls/s | vendor calls/change | p50 ms | p95 ms | p99 ms | max ms "
                + "| revocation p50 ms | revocation p99 ms | revocation max ms | not synced |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        var l = run.latency();
        var r = run.revocations();
        md.append(String.format("| %,d changes in %.1f s | %,.0f | %,.0f | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f "
                + "| %.0f | %.0f | %d |%n%n", run.changes(), run.seconds(), run.changesPerSecond(),
                run
                        .vendorCallsPerSecond(),
                run.vendorCallsPerChange(), l.p50(), l.p95(), l.p99(), l.max(),
                r.p50(), r.p99(), r.max(), run.notSynced()));
        md.append("| stage (per change and target) | p50 ms | p95 ms | p99 ms | max ms | seen |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        run.stages().forEach((stage, p) -> md.append(String.format("| %s | %.0f | %.0f | %.0f | %.0f | %,d |%n",
                stage, p.p50(), p.p95(), p.p99(), p.max(), p.count())));
        if (extras.revocations() != null) {
            md.append('\n').append(extras.revocations().markdown());
        }
        if (!baselines.isEmpty()) {
            md.append("\n| baseline | changes/s | p50 ms | p99 ms | vendor calls | credsync ÷ baseline |\n");
            md.append("|---|---:|---:|---:|---:|---:|\n");
            for (var b : baselines) {
                md.append(String.format("| %s | %,.0f | %.0f | %.0f | %,d | %.2f× |%n", b.name(), b
                        .changesPerSecond(), b.p50Ms(), b.p99Ms(), b.vendorCalls(),
                        run.changesPerSecond() / b
                                .changesPerSecond()));
            }
        }
        md.append("\n| process | CPU s | RSS MiB |\n|---|---:|---:|\n");
        processes.forEach(p -> md.append(String.format("| %s | %.1f | %d |%n", p.name(), p.cpuSeconds(), p
                .rssMiB())));
        if (extras.cpu() != null) {
            md.append('\n').append(extras.cpu().markdown());
        }
        return md.toString();
    }

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("setup", setup);
        Map<String, Object> credsync = new LinkedHashMap<>();
        credsync.put("changes", run.changes());
        credsync.put("seconds", run.seconds());
        credsync.put("changes_per_second", run.changesPerSecond());
        credsync.put("vendor_calls", run.vendorCalls());
        credsync.put("vendor_calls_per_second", run.vendorCallsPerSecond());
        credsync.put("commands_published", run.commandsPublished());
        credsync.put("latency", run.latency().json());
        credsync.put("revocation_latency", run.revocations().json());
        Map<String, Object> stages = new LinkedHashMap<>();
        run.stages().forEach((name, p) -> stages.put(name, p.json()));
        credsync.put("stages", stages);
        credsync.put("not_synced", run.notSynced());
        json.put("credsync", credsync);
        var base = new ArrayList<Map<String, Object>>();
        for (var b : baselines) {
            base.add(Map.of("name", b.name(), "changes_per_second", b.changesPerSecond(), "p50_ms", b.p50Ms(),
                    "p99_ms", b.p99Ms(), "vendor_calls", b.vendorCalls(), "credsync_ratio", run.changesPerSecond() / b
                            .changesPerSecond()));
        }
        json.put("baselines", base);
        json.put("processes", processes);
        json.put("vendor_latency", extras.vendorLatency());
        if (extras.revocations() != null) {
            json.put("revocation_lane", extras.revocations().json());
        }
        if (extras.cpu() != null) {
            json.put("cpu", extras.cpu().json());
        }
        return json;
    }

    /** Latency of every change over the run (revocations in red) above throughput per second. */
    public String html() {
        int w = 900;
        int h = 300;
        long span = Math.max(1, run.timeline().stream().mapToLong(p -> p[0] + p[1]).max().orElse(1));
        long maxLatency = Math.max(1, run.timeline().stream().mapToLong(p -> p[1]).max().orElse(1));
        var svg = new StringBuilder();
        svg.append(String.format("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>", w + 60, h + 40));
        svg.append(axes(w, h, "latency ms (max " + maxLatency + ")", span));
        for (long[] p : run.timeline()) {
            svg.append(String.format("<circle cx='%.1f' cy='%.1f' r='1.5' fill='%s'/>", 50 + w * (double) p[0]
                    / span, 10 + h - h * (double) p[1] / maxLatency, p[2] == 1 ? "#d62728" : "#1f77b4"));
        }
        svg.append("</svg>");
        long[] perSecond = new long[(int) (span / 1000) + 1];
        run.timeline().forEach(p -> perSecond[(int) ((p[0] + p[1]) / 1000)]++);
        long top = Math.max(1, java.util.Arrays.stream(perSecond).max().orElse(1));
        var tput = new StringBuilder(String.format(
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>", w + 60, h + 40));
        tput.append(axes(w, h, "changes synced per second (max " + top + ")", span));
        var points = new StringBuilder();
        for (int s = 0; s < perSecond.length; s++) {
            points.append(String.format("%.1f,%.1f ", 50 + w * (s * 1000.0 + 500) / span, 10 + h - h
                    * (double) perSecond[s] / top));
        }
        tput.append("<polyline fill='none' stroke='#2ca02c' stroke-width='2' points='").append(points).append(
                "'/></svg>");
        return "<!DOCTYPE html><html><head><meta charset='utf-8'><title>credsync bench</title></head><body "
                + "style='font-family:sans-serif'><h1>credsync bench</h1><h2>Change → synced latency over the run"
                + "</h2><p>blue: grants, updates, suspensions; red: revocations; x: when the change was sent</p>" + svg
                + "<h2>Throughput</h2>" + tput + "<h2>Figures</h2><pre>" + markdown().replace("&", "&amp;").replace(
                        "<", "&lt;")
                + "</pre></body></html>";
    }

    private static String axes(int w, int h, String yLabel, long spanMs) {
        return String.format("<line x1='50' y1='%d' x2='%d' y2='%d' stroke='black'/>"
                + "<line x1='50' y1='10' x2='50' y2='%d' stroke='black'/>"
                + "<text x='55' y='20' font-size='12'>%s</text>"
                + "<text x='%d' y='%d' font-size='12' text-anchor='end'>%.1f s</text>", 10 + h, 50 + w, 10 + h,
                10
                        + h,
                yLabel, 50 + w, h + 30, spanMs / 1000.0);
    }

    /** Writes report.md, report.json and report.html into {@code dir}. */
    public void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), markdown());
        Files.write(dir.resolve("report.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(
                json()));
        Files.writeString(dir.resolve("report.html"), html());
    }
}
