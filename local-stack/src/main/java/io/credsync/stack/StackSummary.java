package io.credsync.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a ready stack tells the developer: the summary printed by {@code up} and {@code run/stack.env}. */
record StackSummary(StackConfig config, PostgresServer postgres, TopicCreator.Report topics,
        List<ServiceProcess> services, List<String> skipped, Duration startup) {

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%ncredsync local stack is up (%.1f s)%n", startup.toMillis() / 1000.0));
        out.append(String.format("  Kafka       %s   (bootstrap servers; controller %s:%d)   log %s%n",
                config.kafkaBootstrap(), StackConfig.HOST, config.kafkaControllerPort(), log("kafka")));
        out.append(String.format("  PostgreSQL  %s   user %s, password %s%s%n", postgres.jdbcUrl(), postgres.user(),
                postgres.password(), config.embeddedPostgres() ? "   log " + log("postgres") : " (external)"));
        out.append(String.format("  Topics      %d from Topics.catalogue() (%d created now)%n", topics.total(),
                topics.created().size()));
        for (ServiceProcess service : services) {
            out.append(String.format("  %-20s %s%s   log %s%n", service.name(), service.url(),
                    service.hasHealthEndpoint() ? "" : " (no /q/health: ready = answers HTTP)", log(service.name())));
            for (ServiceSpec.ExtraPort extra : service.spec().extraPorts()) {
                out.append(String.format("    %-18s %s%n", extra.name(), ServiceProcess.urls(config, service.spec())
                        .get(extra.name())));
            }
        }
        for (String line : skipped) {
            out.append("  skipped ").append(line).append('\n');
        }
        out.append(String.format("  Environment for a service run by hand: source %s%n",
                relative(config, new RunDir(config.run()).envFile())));
        return out.toString();
    }

    /** export lines, single-quoted for the shell: a password may hold anything. */
    static String environmentFile(StackConfig config, PostgresServer postgres, List<ServiceProcess> services) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        for (ServiceProcess service : services) {
            ServiceProcess.urls(config, service.spec())
                    .forEach((name, url) -> env.put("CREDSYNC_" + StackConfig.envName(name) + "_URL", url));
        }
        return "# Written by ./credsync up, removed when the stack stops. Use: source "
                + relative(config, new RunDir(config.run()).envFile()) + "\n"
                + env.entrySet().stream()
                        .map(e -> "export " + e.getKey() + "='" + e.getValue().replace("'", "'\\''") + "'")
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Paths under the repository shown relative to it: shorter, and what the docs say. */
    static String relative(StackConfig config, Path path) {
        return path.startsWith(config.root()) ? config.root().relativize(path).toString() : path.toString();
    }

    private String log(String name) {
        return relative(config, config.logs().resolve(name + ".log"));
    }
}
