package io.credsync.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(TestStacks.catalogue()).noneMatch(spec -> config.serviceSelected(spec.name()));
    }

    @Test
    void shouldGiveEveryCatalogueServiceItsOwnPortAndModule() {
        // When
        List<ServiceSpec> catalogue = TestStacks.catalogue();

        // Then
        List<Integer> ports = new ArrayList<>(catalogue.stream().map(ServiceSpec::port).toList());
        catalogue.forEach(spec -> spec.extraPorts().forEach(extra -> ports.add(extra.port())));
        assertThat(ports).doesNotHaveDuplicates().doesNotContain(8080, 8081); // Quarkus dev and test defaults
        assertThat(catalogue).flatExtracting(ServiceSpec::names).doesNotHaveDuplicates();
        assertThat(catalogue).extracting(ServiceSpec::module).doesNotHaveDuplicates();
    }

    @Test
    void shouldHostEverySimulatorItsModuleDeclaresWithTheModuleAsAnInput() {
        // When
        ServiceSpec host = TestStacks.catalogue().get(0);

        // Then: the simulators in the source tree, with no line of the catalogue per vendor
        assertThat(host.extraPorts()).extracting(ServiceSpec.ExtraPort::name)
                .contains("jetstream-simulator", "seam-simulator");
        assertThat(host.extraPorts()).filteredOn(extra -> extra.name().equals("jetstream-simulator"))
                .singleElement().satisfies(extra -> {
                    assertThat(extra.port()).isEqualTo(8201);
                    assertThat(extra.portVariable()).isEqualTo("JETSTREAM_SIM_PORT");
                });
        assertThat(host.inputs()).contains("simulators/kit", "simulators/jetstream-simulator",
                "simulators/seam-simulator");
    }

    @Test
    void shouldRefuseASimulatorDeclarationWithoutAPort(@TempDir Path root) throws Exception {
        // Given
        Path declaration = root.resolve("simulators/acme-simulator").resolve(SimulatorDeclarations.DECLARATION);
        Files.createDirectories(declaration.getParent());
        Files.writeString(declaration, "name=acme-simulator\nport.variable=ACME_SIM_PORT\n");

        // Then
        assertThatThrownBy(() -> SimulatorDeclarations.under(root)).isInstanceOf(StackException.class)
                .hasMessageContaining("has no port");
    }
}
