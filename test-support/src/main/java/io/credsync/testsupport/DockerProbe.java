package io.credsync.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, asking Testcontainers only when some sign of Docker exists. */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        return anySignOfDocker() && testcontainersFindsDocker();
    }

    /**
     * Cheap and deliberately generous: env overrides, Testcontainers/Docker config or a known socket. When none exist
     * we skip the Testcontainers probe, which costs ~0.4 s and, on JDK 24+, a native-access warning (JNA).
     */
    private static boolean anySignOfDocker() {
        if (Stream.of("DOCKER_HOST", "TESTCONTAINERS_HOST_OVERRIDE", "TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE")
                .anyMatch(name -> System.getenv(name) != null)) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Stream.concat(
                Stream.of(home.resolve(".testcontainers.properties"), home.resolve(".docker"),
                        home.resolve(".colima"), home.resolve(".rd"), home.resolve(".orbstack"),
                        Path.of("/var/run/docker.sock"), Path.of("/run/docker.sock")),
                runtimeDir == null ? Stream.empty() : Stream.of(Path.of(runtimeDir, "docker.sock")))
                .anyMatch(Files::exists);
    }

    private static boolean testcontainersFindsDocker() {
        // Testcontainers logs an ERROR per failed discovery strategy; an absent engine is not an error for us.
        QuietLogging.silenceDockerDiscovery();
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            // A broken Docker setup (odd socket, missing natives) must not cost us the embedded fallback.
            return false;
        } finally {
            QuietLogging.restoreDockerDiscovery();
        }
    }
}
