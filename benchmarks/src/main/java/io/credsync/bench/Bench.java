package io.credsync.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.HdrHistogram.Histogram;

/** Small shared pieces of the harnesses: the dev key, a REST client, process figures, percentiles. */
public final class Bench {

    /** The registry's development data key (public; benchmark data only). */
    public static final String DEV_KEYS = "dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=";

    private Bench() {
    }

    public record Api(HttpClient http, String base, String token) {

        public static Api login(int port, String tenant) throws Exception {
            var http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/dev/token?tenant=" + tenant))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return new Api(http, base, response.body());
        }

        public String get(String path) throws Exception {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + " " + response
                        .body());
            }
            return response.body();
        }

        public String put(String path, String json) throws Exception {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("PUT " + path + " -> " + response.statusCode() + " " + response
                        .body());
            }
            return response.body();
        }
    }

    /** A simulator's control API. */
    public record Simulator(HttpClient http, String base) {

        public String call(String method, String path, String json) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .method(method, json == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /** Resident memory of a process in MiB, from /proc. */
    public static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            return -1;
        }
    }

    public static String ms(Histogram h, double percentile) {
        return String.format("%.1f", h.getValueAtPercentile(percentile) / 1000.0);
    }
}
