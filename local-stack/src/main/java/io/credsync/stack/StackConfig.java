package io.credsync.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the local stack can be told, read from environment variables so that tests and developers can
 * move ports and directories without editing anything. See docs/operations.md for the table.
 */
public record StackConfig(
        Path root,
        Path home,
        int kafkaPort,
        int kafkaControllerPort,
        List<String> kafkaJvmOptions,
        Path kafkaLibs,
        boolean kafkaAutoCreateTopics,
        int pgPort,
        Path pgBinaries,
        Optional<String> pgExternalUrl,
        String pgUser,
        String pgPassword,
        Optional<Set<String>> services,
        boolean build,
        List<String> serviceJvmOptions,
        Duration startTimeout,
        int replicas,
        Map<String, String> env) {

    /** Everything listens on loopback only: this is a developer stack, not something to expose. */
    public static final String HOST = "127.0.0.1";

    public StackConfig {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        env = Map.copyOf(env);
    }

    /** The configuration of {@code ./credsync up}: the real environment, the repository root from CREDSYNC_ROOT. */
    public static StackConfig fromEnvironment() {
        return fromEnv(System.getenv());
    }

    public static StackConfig fromEnv(Map<String, String> env) {
        Path root = Path.of(env.getOrDefault("CREDSYNC_ROOT", "")).toAbsolutePath().normalize();
        Path home = root.resolve(env.getOrDefault("CREDSYNC_HOME", ".credsync"));
        return new StackConfig(
                root,
                home,
                port(env, "CREDSYNC_KAFKA_PORT", 9092),
                port(env, "CREDSYNC_KAFKA_CONTROLLER_PORT", 9093),
                words(env.getOrDefault("CREDSYNC_KAFKA_HEAP", "-Xms128m -Xmx512m")),
                root.resolve(env.getOrDefault("CREDSYNC_KAFKA_LIBS", "local-stack/target/kafka-libs")),
                flag(env, "CREDSYNC_KAFKA_AUTO_CREATE_TOPICS", false),
                port(env, "CREDSYNC_PG_PORT", 5432),
                home.resolve(env.getOrDefault("CREDSYNC_PG_BINARIES", "postgres/binaries")),
                Optional.ofNullable(env.get("CREDSYNC_PG_URL")).filter(s -> !s.isBlank()),
                env.getOrDefault("CREDSYNC_PG_USER", "credsync"),
                env.getOrDefault("CREDSYNC_PG_PASSWORD", "credsync"),
                serviceSelection(env.get("CREDSYNC_SERVICES")),
                flag(env, "CREDSYNC_BUILD", true),
                words(env.getOrDefault("CREDSYNC_SERVICE_JAVA_OPTS", "-Xms32m -Xmx256m")),
                Duration.ofSeconds(number(env, "CREDSYNC_START_TIMEOUT", 120, 1, 3600)),
                number(env, "CREDSYNC_REPLICAS", 1, 1, Replicas.MAX),
                env);
    }

    public String kafkaBootstrap() {
        return HOST + ":" + kafkaPort;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    /** Secrets by secret_ref, one file each: the simulator host writes its keys, the runtimes read them. */
    public Path secretsDir() {
        return home.resolve("secrets");
    }

    public Path kafkaDir() {
        return home.resolve("kafka");
    }

    public Path pgDataDir() {
        return home.resolve("postgres/data");
    }

    public boolean embeddedPostgres() {
        return pgExternalUrl.isEmpty();
    }

    /** Whether the service of that name should run: CREDSYNC_SERVICES unset = all, "none" = none. */
    public boolean serviceSelected(String name) {
        return services.map(s -> s.contains(name)).orElse(true);
    }

    /** A service's HTTP port: its default, unless {@code CREDSYNC_<NAME>_PORT} says otherwise. */
    public int servicePort(ServiceSpec spec) {
        return port(env, portVariable(spec.name()), spec.port());
    }

    /** An extra port of a service: its default, unless {@code CREDSYNC_<NAME>_PORT} says otherwise. */
    public int extraPort(ServiceSpec.ExtraPort extra) {
        return port(env, portVariable(extra.name()), extra.port());
    }

    public static String portVariable(String serviceName) {
        return "CREDSYNC_" + envName(serviceName) + "_PORT";
    }

    /** {@code seam-simulator} becomes {@code SEAM_SIMULATOR}. */
    static String envName(String serviceName) {
        return serviceName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        return number(env, variable, defaultPort, 1, 65535);
    }

    private static int number(Map<String, String> env, String variable, int defaultValue, int min, int max) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(variable + " must be a number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static boolean flag(Map<String, String> env, String variable, boolean defaultValue) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new StackException(variable + " must be true or false, got '" + value + "'");
        };
    }

    private static Optional<Set<String>> serviceSelection(String value) {
        if (value == null || value.isBlank() || value.trim().equals("all")) {
            return Optional.empty();
        }
        if (value.trim().equals("none")) {
            return Optional.of(Set.of());
        }
        return Optional.of(Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
