package io.credsync.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images' Dockerfiles, checked without a Docker daemon (none on the build machines): what they are built from,
 * who they run as, what they copy, expose, set and check.
 */
class DockerfilesTest {

    private static final String BASE = "registry.access.redhat.com/ubi9/openjdk-17-runtime:";
    /** Variables of the image itself (the entrypoint's), not of the application's configuration. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "LANGUAGE");
    private static final String HOST = SimulatorHostVariables.MODULE;

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest", HOST})
    void shouldRunOnAJreOnlyBaseWithoutBuildTools(String module) {
        // Given
        Dockerfile dockerfile = Dockerfile.of(module);

        // When
        List<String> from = dockerfile.all("FROM");

        // Then: one stage, the pinned JRE runtime image; nothing installed on top
        assertThat(from).containsExactly(from.get(0));
        assertThat(from.get(0)).startsWith(BASE).doesNotEndWith(":latest").matches(".*:[0-9][0-9.]*");
        assertThat(dockerfile.all("RUN")).allSatisfy(run -> assertThat(run)
                .doesNotContain("microdnf", "dnf ", "yum ", "apt", "mvn", "javac", "curl", "wget"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest", HOST})
    void shouldRunAsTheSameNumericNonRootUser(String module) {
        // Given
        Dockerfile dockerfile = Dockerfile.of(module);

        // When
        String user = dockerfile.last("USER").orElseThrow();

        // Then: numeric (Kubernetes' runAsNonRoot can check it), not root, and 185 in every image, because the
        // simulator host's owner-only key files are read by the runtimes through a shared volume in compose
        assertThat(user).isEqualTo("185");
        assertThat(dockerfile.instructions().get(dockerfile.instructions().size() - 1).keyword())
                .isIn("ENTRYPOINT", "CMD");
        assertThat(dockerfile.all("COPY")).allSatisfy(copy -> assertThat(copy).startsWith("--chown=185:0 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest", HOST})
    void shouldCheckReadinessOnThePortItExposes(String module) {
        // Given
        Dockerfile dockerfile = Dockerfile.of(module);
        String portVariable = module.equals(HOST) ? "SIMULATORS_PORT" : "QUARKUS_HTTP_PORT";

        // When
        String port = dockerfile.env().get(portVariable);
        List<String> health = dockerfile.healthCheckCommand().orElseThrow();

        // Then: every credsync service on 8080 (the chart's contract), the simulator host on 8200
        assertThat(port).isEqualTo(module.equals(HOST) ? "8200" : "8080");
        assertThat(dockerfile.all("EXPOSE").stream().flatMap(e -> List.of(e.split("\\s+")).stream()))
                .contains(port);
        assertThat(health.get(0)).isEqualTo("bash");
        assertThat(String.join(" ", health)).contains("/dev/tcp/127.0.0.1/${" + portVariable + "}")
                .contains("GET /q/health/ready").contains("' 200 '");
        if (!module.equals(HOST)) {
            assertThat(dockerfile.env()).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest", HOST})
    void shouldSizeTheJvmForTheContainer(String module) {
        // Given
        Dockerfile dockerfile = Dockerfile.of(module);

        // When
        String javaOptions = dockerfile.env().get("JAVA_OPTS");
        List<String> entrypoint = dockerfile.entrypoint().orElseThrow();

        // Then: heap from the memory limit, a clean exit on OutOfMemoryError, java as PID 1 with those options
        assertThat(javaOptions).contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(entrypoint.get(entrypoint.size() - 1))
                .startsWith("exec java ${JAVA_OPTS} ${JAVA_OPTS_APPEND} -jar ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest"})
    void shouldCopyTheQuarkusFastJar(String module) {
        // Given
        Dockerfile dockerfile = Dockerfile.of(module);

        // When
        List<String> sources = dockerfile.copySources();

        // Then: the four parts of target/quarkus-app, and quarkus-run.jar is what runs
        assertThat(sources).containsExactly("target/quarkus-app/lib/", "target/quarkus-app/quarkus-run.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
        assertThat(dockerfile.entrypoint().orElseThrow().get(2)).endsWith("-jar /deployments/quarkus-run.jar");
        assertBuiltAndNotIgnored(module, sources);
    }

    @org.junit.jupiter.api.Test
    void shouldCopyTheSimulatorHostJarAndTheLibrariesItsManifestNames() {
        // Given the host's pom: a fixed jar name, dependencies copied to lib/ for the manifest's class path
        Dockerfile dockerfile = Dockerfile.of(HOST);
        String pom = Repository.read(HOST + "/pom.xml");
        String jar = "target/" + new ModuleGraph().finalName(HOST).orElseThrow() + ".jar";

        // When
        List<String> sources = dockerfile.copySources();

        // Then
        assertThat(pom).contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>")
                .contains("<classpathPrefix>lib/</classpathPrefix>");
        assertThat(sources).containsExactly("target/lib/", jar);
        assertThat(dockerfile.entrypoint().orElseThrow().get(2)).endsWith("-jar /deployments/simulator-host.jar");
        assertThat(dockerfile.all("EXPOSE")).containsExactly("8200 8201 8202 8203 8204 8205");
        assertBuiltAndNotIgnored(HOST, sources);
    }

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest", HOST})
    void shouldSetOnlyConfigurationTheApplicationReads(String module) {
        // Given
        Map<String, String> env = Dockerfile.of(module).env();

        // When
        Set<String> unknown;
        if (module.equals(HOST)) {
            Set<String> read = SimulatorHostVariables.read();
            unknown = env.keySet().stream().filter(v -> !IMAGE_VARIABLES.contains(v) && !read.contains(v))
                    .collect(Collectors.toSet());
        } else {
            ServiceConfiguration configuration = ServiceConfiguration.of(module);
            unknown = env.keySet().stream().filter(v -> !IMAGE_VARIABLES.contains(v) && !configuration.accepts(v))
                    .collect(Collectors.toSet());
        }

        // Then
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"services/credential-registry", "services/dispatcher", "services/event-ingest", HOST})
    void shouldLabelTheImageWithTheChartsVersion(String module) {
        // When
        Map<String, String> labels = Dockerfile.of(module).pairs("LABEL");

        // Then
        assertThat(labels).containsEntry("org.opencontainers.image.version", "0.1.0")
                .containsEntry("org.opencontainers.image.title", "credsync " + new ModuleGraph().artifactId(module))
                .containsKey("org.opencontainers.image.description");
    }

    /**
     * Every COPY source is let through by the module's .dockerignore (which excludes all else), and exists once the
     * module is packaged; a tree without {@code target/} (not built) skips that last part.
     */
    private static void assertBuiltAndNotIgnored(String module, List<String> sources) {
        List<String> ignore = Repository.read(module + "/.dockerignore").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(ignore.get(0)).isEqualTo("*");
        for (String source : sources) {
            assertThat(ignore.subList(1, ignore.size())).as(source)
                    .anySatisfy(allowed -> assertThat(source).startsWith(allowed.substring(1)));
        }
        Path target = Repository.path(module).resolve("target");
        Assumptions.assumeTrue(Files.isDirectory(target.resolve(module.equals(HOST) ? "lib" : "quarkus-app")),
                module + " is not packaged here");
        for (String source : sources) {
            assertThat(Repository.path(module).resolve(source)).as(source).exists();
        }
    }
}
