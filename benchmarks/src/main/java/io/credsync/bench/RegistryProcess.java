package io.credsync.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.credsync.testsupport.DatabaseCoordinates;

/** The packaged registry (quarkus-run.jar) as a child process, pointed at the harness's broker and database. */
final class RegistryProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;

    private RegistryProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RegistryProcess start(Path root, String bootstrap, DatabaseCoordinates db) throws Exception {
        Path jar = root.resolve("services/credential-registry/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -Dquick install first");
        }
        int port = freePort();
        Path log = Files.createTempFile("registry-bench", ".log");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-XX:+UseParallelGC"));
        // e.g. BENCH_REGISTRY_JVM_ARGS=-XX:StartFlightRecording=filename=/tmp/registry.jfr to profile
        String extra = System.getenv("BENCH_REGISTRY_JVM_ARGS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                "QUARKUS_DATASOURCE_REACTIVE_URL", db.reactiveUrl(),
                "QUARKUS_DATASOURCE_USERNAME", db.username(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                "CREDSYNC_ENCRYPTION_KEYS", Bench.DEV_KEYS,
                "CREDSYNC_ENCRYPTION_ACTIVE_KEY", "dev",
                "CREDSYNC_JWT_PUBLIC_KEY_LOCATION", "dev/jwt-public.pem",
                "CREDSYNC_AUTH_DEV_TOKEN_ENABLED", "true"));
        var registry = new RegistryProcess(builder.start(), port, log);
        registry.awaitReady(Duration.ofSeconds(90));
        return registry;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) throws Exception {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("registry exited during start; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("registry not ready after " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
