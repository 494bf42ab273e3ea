package io.credsync.support.connections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credsync.model.crypto.SecretValue;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class SecretResolverTest {

    @TempDir
    Path root;

    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();

    private SecretResolver resolver() {
        var config = new SmallRyeConfigBuilder().withDefaultValues(properties).build();
        return new SecretResolver(config, environment::get);
    }

    private Path secretsDir() throws IOException {
        Path dir = Files.createDirectories(root.resolve("secrets"));
        properties.put("credsync.secrets.dir", dir.toString());
        return dir;
    }

    @Test
    void shouldMapAReferenceToItsEnvironmentVariableName() {
        // When / Then
        assertThat(SecretResolver.environmentName("jetstream-local-key"))
                .isEqualTo("CREDSYNC_SECRET_JETSTREAM_LOCAL_KEY");
        assertThat(SecretResolver.environmentName("seam.local webhook"))
                .isEqualTo("CREDSYNC_SECRET_SEAM_LOCAL_WEBHOOK");
    }

    @Test
    void shouldResolveAReferenceFromTheEnvironment() {
        // Given
        environment.put("CREDSYNC_SECRET_SEAM_LOCAL_KEY", "seam_test_key");
        // When
        var secret = resolver().find("seam-local-key");
        // Then
        assertThat(secret).map(SecretValue::reveal).contains("seam_test_key");
    }

    @Test
    void shouldResolveAReferenceFromAFileInTheSecretsDirectoryWithoutItsTrailingNewline() throws IOException {
        // Given
        Files.writeString(secretsDir().resolve("jetstream-prod-key"), "from-file\n");
        // When
        var secret = resolver().find("jetstream-prod-key");
        // Then
        assertThat(secret).map(SecretValue::reveal).contains("from-file");
    }

    @Test
    void shouldResolveAReferenceFromConfiguration() {
        // Given
        properties.put("credsync.secret.dev-key", "from-config");
        // When
        var secret = resolver().find("dev-key");
        // Then
        assertThat(secret).map(SecretValue::reveal).contains("from-config");
    }

    @Test
    void shouldPreferTheFileThenTheEnvironmentThenConfiguration() throws IOException {
        // Given
        Files.writeString(secretsDir().resolve("k"), "file");
        environment.put("CREDSYNC_SECRET_K", "env");
        properties.put("credsync.secret.k", "config");
        environment.put("CREDSYNC_SECRET_L", "env");
        properties.put("credsync.secret.l", "config");
        // When / Then
        assertThat(resolver().find("k")).map(SecretValue::reveal).contains("file");
        assertThat(resolver().find("l")).map(SecretValue::reveal).contains("env");
    }

    @Test
    void shouldFallThroughABlankSourceToTheNextOne() throws IOException {
        // Given an empty file (e.g. a Secret key mounted before it was filled)
        Files.writeString(secretsDir().resolve("k"), "\n");
        environment.put("CREDSYNC_SECRET_K", "env");
        // When
        var secret = resolver().find("k");
        // Then
        assertThat(secret).map(SecretValue::reveal).contains("env");
    }

    @Test
    void shouldPickUpARotatedFileWithoutANewResolver() throws IOException {
        // Given
        Path file = secretsDir().resolve("rotating");
        Files.writeString(file, "old");
        var resolver = resolver();
        assertThat(resolver.find("rotating")).map(SecretValue::reveal).contains("old");
        // When
        Files.writeString(file, "new");
        // Then
        assertThat(resolver.find("rotating")).map(SecretValue::reveal).contains("new");
    }

    @Test
    void shouldAnswerNothingForAnUnknownReference() {
        // When / Then
        assertThat(resolver().find("nobody-knows")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "..", ".hidden", "sub/inside", "/etc/passwd", "..\\outside", "nul\u0000ref",
            "", " "})
    void shouldRefuseReferencesThatCouldNameAPathOutsideTheSecretsDirectory(String reference) throws IOException {
        // Given files that such references would reach
        Path dir = secretsDir();
        Files.writeString(root.resolve("outside"), "outside-value");
        Files.writeString(dir.resolve(".hidden"), "hidden-value");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("inside"), "nested-value");
        properties.put("credsync.secret." + reference, "config-value");
        // When
        var secret = resolver().find(reference);
        // Then
        assertThat(secret).isEmpty();
    }

    @Test
    void shouldNotReadADirectoryNamedLikeAReference() throws IOException {
        // Given
        Files.createDirectories(secretsDir().resolve("a-directory"));
        // When / Then
        assertThat(resolver().find("a-directory")).isEmpty();
    }
}
