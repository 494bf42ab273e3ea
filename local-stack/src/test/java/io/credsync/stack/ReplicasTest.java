package io.credsync.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplicasTest {

    @Test
    void shouldRunEachCredsyncServiceOncePerReplicaUnderItsOwnNamePortAndInstanceId() {
        // Given
        var config = StackConfig.fromEnv(Map.of("CREDSYNC_ROOT", TestStacks.MODULE.getParent().toString(),
                "CREDSYNC_REPLICAS", "2"));

        // When
        var processes = ServiceCatalogue.processes(config);

        // Then every service but the simulator host runs twice, ten ports apart, each told its name
        assertThat(processes).extracting(ServiceSpec::name).containsExactly("simulators", "credential-registry",
                "credential-registry-2", "event-ingest", "event-ingest-2", "dispatcher", "dispatcher-2");
        assertThat(processes).filteredOn(s -> s.name().startsWith("dispatcher")).extracting(config::servicePort)
                .containsExactly(8103, 8113);
        assertThat(processes).filteredOn(s -> s.name().startsWith("dispatcher")).extracting(s -> s.env().get(
                Replicas.INSTANCE_VARIABLE)).containsExactly("dispatcher", "dispatcher-2");
        assertThat(processes.get(0).env()).doesNotContainKey(Replicas.INSTANCE_VARIABLE);
    }

    @Test
    void shouldNameTheSingleReplicaAfterItsServiceByDefault() {
        // When
        var processes = Replicas.of(TestStacks.catalogue(), 1);

        // Then
        assertThat(processes).hasSameSizeAs(TestStacks.catalogue());
        assertThat(processes).filteredOn(s -> s.name().equals("credential-registry")).singleElement()
                .satisfies(s -> assertThat(s.env()).containsEntry(Replicas.INSTANCE_VARIABLE, "credential-registry"));
    }

    @Test
    void shouldRefuseAReplicaCountOutOfRange() {
        assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("CREDSYNC_ROOT", "/repo", "CREDSYNC_REPLICAS", "0")))
                .hasMessageContaining("CREDSYNC_REPLICAS");
    }
}
