package io.credsync.stack;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

    private static final ServiceSpec REGISTRY = new ServiceSpec("credential-registry", "services/credential-registry",
            8101);

    @Test
    void shouldDefaultToTheStandardPortsUnderDotCredsync() {
        // When
        StackConfig config = StackConfig.fromEnv(Map.of("CREDSYNC_ROOT", "/repo"));

        // Then
        assertThat(config.home()).isEqualTo(Path.of("/repo/.credsync"));
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.pgPort()).isEqualTo(5432);
        assertThat(config.embeddedPostgres()).isTrue();
        assertThat(config.kafkaLibs()).isEqualTo(Path.of("/repo/local-stack/target/kafka-libs"));
        assertThat(config.servicePort(REGISTRY)).isEqualTo(8101);
        assertThat(config.serviceSelected("credential-registry")).isTrue();
    }

    @Test
    void shouldTakePortsDirectoriesAndServicesFromTheEnvironment() {
        // When
        StackConfig config = StackConfig.fromEnv(Map.of(
                "CREDSYNC_ROOT", "/repo",
                "CREDSYNC_HOME", "/tmp/stack",
                "CREDSYNC_KAFKA_PORT", "19092",
                "CREDSYNC_PG_URL", "jdbc:postgresql://db:5432/credsync",
                "CREDSYNC_CREDENTIAL_REGISTRY_PORT", "18101",
                "CREDSYNC_SERVICES", "seam-simulator, credential-registry"));

        // Then
        assertThat(config.home()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
        assertThat(config.embeddedPostgres()).isFalse();
        assertThat(config.servicePort(REGISTRY)).isEqualTo(18101);
        assertThat(config.serviceSelected("credential-registry")).isTrue();
        assertThat(config.serviceSelected("event-ingest")).isFalse();
    }

    @Test
    void shouldRejectAPortThatIsNotANumberNamingTheVariable() {
        // When / Then
        assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("CREDSYNC_PG_PORT", "fivefourthreetwo")))
                .isInstanceOf(StackException.class)
                .hasMessage("CREDSYNC_PG_PORT must be a number from 1 to 65535, got 'fivefourthreetwo'");
    }

    @Test
    void shouldSelectNoServiceForNone() {
        // When
        StackConfig config = StackConfig.fromEnv(Map.of("CREDSYNC_SERVICES", "none"));

        // Then
        assertThat(ServiceCatalogue.ALL).noneMatch(spec -> config.serviceSelected(spec.name()));
    }

    @Test
    void shouldGiveEveryCatalogueServiceItsOwnPortAndModule() {
        // Then
        assertThat(ServiceCatalogue.ALL).extracting(ServiceSpec::port).doesNotHaveDuplicates()
                .doesNotContain(8080, 8081); // Quarkus dev and test defaults
        assertThat(ServiceCatalogue.ALL).extracting(ServiceSpec::name).doesNotHaveDuplicates();
        assertThat(ServiceCatalogue.ALL).extracting(ServiceSpec::module).doesNotHaveDuplicates();
    }
}
