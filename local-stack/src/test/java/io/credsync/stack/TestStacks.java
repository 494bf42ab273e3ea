package io.credsync.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Configuration for a stack on random free ports in a temporary home, with no services and no builds. */
final class TestStacks {

    /** Surefire runs in the module directory; the broker jars are in its target/. */
    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    /** The stack's catalogue for this repository. */
    static List<ServiceSpec> catalogue() {
        return ServiceCatalogue.all(MODULE.getParent());
    }

    private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

    private TestStacks() {
    }

    static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("CREDSYNC_ROOT", MODULE.getParent().toString());
        env.put("CREDSYNC_HOME", home.toString());
        env.put("CREDSYNC_KAFKA_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_KAFKA_CONTROLLER_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_PG_PORT", Integer.toString(freePort()));
        env.put("CREDSYNC_KAFKA_LIBS", MODULE.resolve("target/kafka-libs").toString());
        env.put("CREDSYNC_KAFKA_HEAP", "-Xms64m -Xmx256m");
        // unpacked once for all tests instead of once per temporary home
        env.put("CREDSYNC_PG_BINARIES", MODULE.resolve("target/pg-binaries").toString());
        env.put("CREDSYNC_SERVICES", "none");
        env.put("CREDSYNC_BUILD", "false");
        env.put("CREDSYNC_START_TIMEOUT", "60");
        return env;
    }

    static StackConfig config(Path home) {
        return StackConfig.fromEnv(env(home));
    }

    /** A port free now and not handed out before in this JVM (the kernel may repeat a just-closed one). */
    static synchronized int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (GIVEN.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
