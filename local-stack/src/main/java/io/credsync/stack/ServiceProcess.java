package io.credsync.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** One Quarkus service or simulator, run from its fast-jar with the stack's connection settings. */
final class ServiceProcess implements StackComponent {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final int port;
    private final Duration startTimeout;
    private volatile ChildProcess process;
    private volatile boolean noHealthEndpoint;

    private ServiceProcess(ServiceSpec spec, int port, Duration startTimeout, ChildProcess process) {
        this.spec = spec;
        this.port = port;
        this.startTimeout = startTimeout;
        this.process = process;
    }

    static ServiceProcess start(ServiceSpec spec, StackConfig config, Map<String, String> env, RunDir runDir) {
        int port = config.servicePort(spec);
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.java());
        command.addAll(config.serviceJvmOptions());
        command.add("-Dcredsync.component=" + spec.name());
        command.add("-Dcredsync.home=" + config.home());
        command.add("-jar");
        command.add(spec.jar(config.root()).toString());
        Path log = config.logs().resolve(spec.name() + ".log");
        Console.info("%s: starting on port %d (log %s)", spec.name(), port, log);
        ChildProcess process = ChildProcess.start(spec.name(), command, spec.moduleDir(config.root()), env, log, runDir,
                "-Dcredsync.home=" + config.home());
        return new ServiceProcess(spec, port, config.startTimeout(), process);
    }

    /**
     * What every service gets: where Kafka and PostgreSQL are, its HTTP port, and the URL of every other service
     * ({@code CREDSYNC_<NAME>_URL}, e.g. a dispatcher's simulator). {@code spec.env()} comes last and wins; its
     * values may name those variables as {@code ${CREDSYNC_<NAME>_URL}}.
     */
    static Map<String, String> environment(ServiceSpec spec, StackConfig config, PostgresServer postgres) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("QUARKUS_HTTP_HOST", StackConfig.HOST);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(config.servicePort(spec)));
        env.put("CREDSYNC_SECRETS_DIR", config.secretsDir().toString());
        // the stack's vendors are simulators, which speak plain HTTP even where the vendor requires TLS
        env.put("CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP", "true");
        for (ServiceSpec other : ServiceCatalogue.processes(config)) {
            urls(config, other).forEach((name, url) -> env.put("CREDSYNC_" + StackConfig.envName(name) + "_URL", url));
        }
        spec.extraPorts().forEach(extra -> env.put(extra.portVariable(), Integer.toString(config.extraPort(extra))));
        spec.env().forEach((name, value) -> env.put(name, expand(value, env)));
        return env;
    }

    private static String expand(String value, Map<String, String> env) {
        String expanded = value;
        for (var variable : env.entrySet()) {
            expanded = expanded.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return expanded;
    }

    /** The service's URL and those of its extra ports, by name. */
    static Map<String, String> urls(StackConfig config, ServiceSpec spec) {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(spec.name(), "http://" + StackConfig.HOST + ":" + config.servicePort(spec));
        spec.extraPorts().forEach(extra -> urls.put(extra.name(), "http://" + StackConfig.HOST + ":"
                + config.extraPort(extra)));
        return urls;
    }

    @Override
    public String name() {
        return spec.name();
    }

    int port() {
        return port;
    }

    /** Whether {@code name} is this service's, or one of its extra ports' (e.g. the simulator host's). */
    boolean answersTo(String name) {
        return spec.answersTo(name);
    }

    ServiceSpec spec() {
        return spec;
    }

    @Override
    public OptionalLong pid() {
        ChildProcess running = process;
        return running.isAlive() ? OptionalLong.of(running.pid()) : OptionalLong.empty();
    }

    String url() {
        return "http://" + StackConfig.HOST + ":" + port;
    }

    boolean hasHealthEndpoint() {
        return !noHealthEndpoint;
    }

    /** Ready = {@code /q/health/ready} answers 200; a 404 means no smallrye-health, then "answers HTTP" is all we know. */
    void awaitReady(Duration timeout) {
        Readiness.await(spec.name() + " on " + url(), timeout, this::ready, () -> {
            if (!process.isAlive()) {
                throw process.exitedDuringStartup();
            }
        });
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404) {
                noHealthEndpoint = true;
            }
            return status == 200 || status == 404;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void stop() {
        process.stop(STOP_GRACE);
    }

    @Override
    public void kill() {
        process.kill();
    }

    /** The same java command, environment and port; ready when {@code /q/health/ready} answers, as at startup. */
    @Override
    public void restart() {
        if (process.isAlive()) {
            throw new StackException(spec.name() + " is running (pid " + process.pid() + "): kill it first");
        }
        Console.info("%s: restarting on port %d (log %s)", spec.name(), port, process.log());
        process = process.respawn();
        awaitReady(startTimeout);
    }
}
