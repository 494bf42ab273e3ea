package io.credsync.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortConflictTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({
            "CREDSYNC_KAFKA_PORT, the Kafka broker",
            "CREDSYNC_KAFKA_CONTROLLER_PORT, the Kafka controller",
            "CREDSYNC_PG_PORT, the embedded PostgreSQL"})
    void shouldRefuseToStartNamingTheTakenPortAndWhoWantedIt(String variable, String wantedBy) throws IOException {
        // Given
        Map<String, String> env = TestStacks.env(home);
        int port = Integer.parseInt(env.get(variable));
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName(StackConfig.HOST), port));

            // When / Then
            assertThatThrownBy(() -> Stack.start(StackConfig.fromEnv(env)))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + port + " is already in use")
                    .hasMessageContaining(wantedBy + " wants it")
                    .hasMessageContaining(variable);
        }
        // nothing was started before the check
        assertThat(home.resolve("kafka")).doesNotExist();
        assertThat(home.resolve("postgres")).doesNotExist();
        assertThat(Files.exists(home.resolve("run/kafka.pid"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"CREDSYNC_PG_PORT"})
    void shouldRefuseTheSamePortForTwoServers(String variable) {
        // Given
        Map<String, String> env = TestStacks.env(home);
        env.put(variable, env.get("CREDSYNC_KAFKA_PORT"));

        // When / Then
        assertThatThrownBy(() -> Stack.start(StackConfig.fromEnv(env)))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("configured for both the Kafka broker and the embedded PostgreSQL");
    }
}
