package io.credsync.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A credsync service or vendor simulator the stack runs: a jar built from {@code module} (a Quarkus fast-jar unless
 * {@code jar} names another), on {@code port} unless {@code CREDSYNC_<NAME>_PORT} moves it, with {@code env} added to
 * the common environment (Kafka, datasource, HTTP port, the other services' URLs). A process that serves more than
 * one thing (the simulator host) lists them as {@code extraPorts}; {@code inputs} are the other in-repo modules its
 * jar is built from, so a change there rebuilds it.
 */
public record ServiceSpec(String name, String module, int port, Map<String, String> env, String jar,
        List<String> inputs, List<ExtraPort> extraPorts) {

    static final String QUARKUS_JAR = "target/quarkus-app/quarkus-run.jar";

    /**
     * Another port the process listens on, under a name of its own: the others get {@code CREDSYNC_<NAME>_URL},
     * {@code CREDSYNC_<NAME>_PORT} moves it, and the process is told it in {@code portVariable}. The name also selects,
     * kills and restarts the process.
     */
    public record ExtraPort(String name, int port, String portVariable) {
    }

    public ServiceSpec {
        env = Map.copyOf(env);
        inputs = List.copyOf(inputs);
        extraPorts = List.copyOf(extraPorts);
    }

    public ServiceSpec(String name, String module, int port, Map<String, String> env) {
        this(name, module, port, env, QUARKUS_JAR, List.of(), List.of());
    }

    public ServiceSpec(String name, String module, int port) {
        this(name, module, port, Map.of());
    }

    /** Its own name and the names of its extra ports. */
    List<String> names() {
        return Stream.concat(Stream.of(name), extraPorts.stream().map(ExtraPort::name)).toList();
    }

    boolean answersTo(String serviceName) {
        return names().contains(serviceName);
    }

    Path moduleDir(Path root) {
        return root.resolve(module);
    }

    Path jar(Path root) {
        return moduleDir(root).resolve(jar);
    }

    /** A module without main sources is a placeholder: nothing to build or run yet. */
    boolean implemented(Path root) {
        return Files.isDirectory(moduleDir(root).resolve("src/main"));
    }
}
