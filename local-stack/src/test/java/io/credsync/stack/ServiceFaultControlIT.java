package io.credsync.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill and restart of a real service process (the simulator host, which needs no broker or database) in a running stack: after
 * the SIGKILL its port is closed; after the restart it is ready again on the same port, logging to the same file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceFaultControlIT {

    private static final String SERVICE = "simulators";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private StackConfig config;
    private Stack stack;
    private int port;
    private long killedPid;

    @BeforeAll
    void startTheStack(@TempDir Path home) {
        var spec = TestStacks.catalogue().stream().filter(s -> s.name().equals(SERVICE)).findFirst().orElseThrow();
        assertThat(Files.exists(spec.jar(TestStacks.MODULE.getParent())))
                .as("%s is built (run ./mvnw verify from the root)", SERVICE).isTrue();
        Map<String, String> env = new HashMap<>(TestStacks.env(home));
        env.put("CREDSYNC_SERVICES", SERVICE);
        env.put("CREDSYNC_START_TIMEOUT", "180");
        port = TestStacks.freePort();
        env.put(StackConfig.portVariable(SERVICE), Integer.toString(port));
        for (ServiceSpec.ExtraPort simulator : spec.extraPorts()) {
            env.put(StackConfig.portVariable(simulator.name()), Integer.toString(TestStacks.freePort()));
        }
        config = StackConfig.fromEnv(env);
        stack = Stack.start(config);
    }

    @AfterAll
    void stopTheStack() {
        stack.close();
    }

    @Test
    @Order(1)
    void shouldCloseTheServicePortWhenTheServiceIsKilled() throws Exception {
        // Given
        assertThat(stack.components()).containsExactly("kafka", "postgres", SERVICE);
        assertThat(ready()).isEqualTo(200);
        killedPid = stack.pid(SERVICE).orElseThrow();

        // When
        stack.kill(SERVICE);

        // Then
        assertThat(stack.pid(SERVICE)).isEmpty();
        assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(PortCheck.accepts(port)).as("port %d answers", port).isFalse();
    }

    @Test
    @Order(2)
    void shouldAnswerReadyOnTheSamePortWhenTheServiceIsRestarted() throws Exception {
        // When
        stack.restart(SERVICE);

        // Then
        assertThat(ready()).isEqualTo(200);
        assertThat(stack.pid(SERVICE).orElseThrow()).isNotEqualTo(killedPid);
        assertThat(Files.readString(config.logs().resolve(SERVICE + ".log")))
                .contains("credsync starts " + SERVICE)
                .contains("credsync restarts " + SERVICE);
    }

    @Test
    @Order(100)
    void shouldStopTheRestartedServiceWhenClosed() {
        // Given
        ProcessHandle service = ProcessHandle.of(stack.pid(SERVICE).orElseThrow()).orElseThrow();

        // When
        stack.close();

        // Then
        assertThat(service.isAlive()).isFalse();
        assertThat(PortCheck.isFree(port)).as("port %d free", port).isTrue();
        assertThat(new RunDir(config.run()).childNames()).isEmpty();
    }

    private int ready() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
