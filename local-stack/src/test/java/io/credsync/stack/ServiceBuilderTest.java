package io.credsync.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceBuilderTest {

    private static final ServiceSpec SERVICE = new ServiceSpec("demo", "services/demo", 8199);

    @TempDir
    Path root;

    private Path source;

    @BeforeEach
    void module() throws IOException {
        source = root.resolve("services/demo/src/main/java/Demo.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Demo {}");
        touch(source, 100);
    }

    @Test
    void shouldBuildAnImplementedServiceWithoutJar() {
        // Then
        assertThat(ServiceBuilder.stale(root, SERVICE)).isTrue();
    }

    @Test
    void shouldNotBuildAPlaceholderModule() throws IOException {
        // Given
        ServiceSpec placeholder = new ServiceSpec("placeholder", "services/placeholder", 8198);
        Files.createDirectories(root.resolve("services/placeholder"));
        Files.writeString(root.resolve("services/placeholder/pom.xml"), "<project/>");

        // Then
        assertThat(ServiceBuilder.stale(root, placeholder)).isFalse();
    }

    @Test
    void shouldKeepAJarNewerThanItsSources() throws IOException {
        // Given
        jar(200);

        // Then
        assertThat(ServiceBuilder.stale(root, SERVICE)).isFalse();
    }

    @Test
    void shouldRebuildWhenTheSharedModelChanged() throws IOException {
        // Given
        jar(200);
        Path model = root.resolve("shared-model/src/main/java/Model.java");
        Files.createDirectories(model.getParent());
        Files.writeString(model, "class Model {}");
        touch(model, 300);

        // Then
        assertThat(ServiceBuilder.stale(root, SERVICE)).isTrue();
    }

    private void jar(long epochSecond) throws IOException {
        Path jar = SERVICE.jar(root);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        touch(jar, epochSecond);
    }

    private static void touch(Path file, long epochSecond) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(epochSecond)));
    }
}
