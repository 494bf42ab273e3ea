package io.credsync.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A credsync service or vendor simulator the stack runs: a Quarkus fast-jar built from {@code module}, on
 * {@code port} unless {@code CREDSYNC_<NAME>_PORT} moves it, with {@code env} added to the common environment
 * (Kafka, datasource, HTTP port, the other services' URLs).
 */
public record ServiceSpec(String name, String module, int port, Map<String, String> env) {

    public ServiceSpec {
        env = Map.copyOf(env);
    }

    public ServiceSpec(String name, String module, int port) {
        this(name, module, port, Map.of());
    }

    Path moduleDir(Path root) {
        return root.resolve(module);
    }

    Path jar(Path root) {
        return moduleDir(root).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** A module without main sources is a placeholder: nothing to build or run yet. */
    boolean implemented(Path root) {
        return Files.isDirectory(moduleDir(root).resolve("src/main"));
    }
}
