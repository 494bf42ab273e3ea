package io.credsync.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.credsync.simulator.host.SimulatorHost;
import io.credsync.simulator.kit.EnvSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images' and compose's health check commands, run here with bash as Docker runs them (exec form), against a
 * server that answers like a Quarkus service and against the real simulator host.
 */
class HealthCheckCommandTest {

    private final AtomicInteger readiness = new AtomicInteger(200);
    private HttpServer service;

    @BeforeEach
    void startService() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(readiness.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stopService() {
        service.stop(0);
    }

    @Test
    void shouldBeHealthyOnlyWhileTheServiceIsReady() throws Exception {
        // Given the registry image's health check, and the service on QUARKUS_HTTP_PORT
        List<String> command = Dockerfile.of("services/credential-registry").healthCheckCommand().orElseThrow();
        Map<String, String> env = Map.of("QUARKUS_HTTP_PORT", Integer.toString(service.getAddress().getPort()));

        // When
        int ready = run(command, env);
        readiness.set(503);
        int notReady = run(command, env);

        // Then
        assertThat(ready).isZero();
        assertThat(notReady).isNotZero();
    }

    @Test
    void shouldBeUnhealthyWhenNothingListens() throws Exception {
        // Given a port nothing listens on
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        List<String> command = Dockerfile.of("services/dispatcher").healthCheckCommand().orElseThrow();

        // When
        int exit = run(command, Map.of("QUARKUS_HTTP_PORT", Integer.toString(closed)));

        // Then
        assertThat(exit).isNotZero();
    }

    @Test
    void shouldBeHealthyOnceTheSimulatorHostServesItsSimulators() throws Exception {
        // Given the real host, every simulator on a free port
        Map<String, String> settings = new HashMap<>(Map.of("SIMULATORS_PORT", "0", "SIMULATORS_BIND_ADDRESS",
                "127.0.0.1"));
        for (String module : new ModuleGraph().modulesOf(SimulatorHostVariables.MODULE)) {
            SimulatorHostVariables.declaration(module)
                    .ifPresent(declared -> settings.put(declared.getProperty("port.variable"), "0"));
        }
        try (SimulatorHost host = SimulatorHost.start(new EnvSettings(settings))) {
            List<String> command = Dockerfile.of(SimulatorHostVariables.MODULE).healthCheckCommand().orElseThrow();

            // When
            int exit = run(command, Map.of("SIMULATORS_PORT", Integer.toString(URI.create(host.healthUrl())
                    .getPort())));

            // Then
            assertThat(exit).isZero();
        }
    }

    @Test
    void shouldRunComposesHealthCheckAfterComposeUnescapesIt() throws Exception {
        // Given the registry's check in compose, its port moved to the test server's, $$ as Compose hands it over
        List<String> command = new ArrayList<>();
        for (String word : ComposeFile.load().healthCheck("credential-registry").orElseThrow()) {
            command.add(word.replace("$$", "$").replace("/127.0.0.1/8080 ",
                    "/127.0.0.1/" + service.getAddress().getPort() + " "));
        }
        assertThat(command.get(0)).isEqualTo("CMD");

        // When
        int ready = run(command.subList(1, command.size()), Map.of());
        readiness.set(503);
        int notReady = run(command.subList(1, command.size()), Map.of());

        // Then
        assertThat(ready).isZero();
        assertThat(notReady).isNotZero();
    }

    private static int run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("health check finished").isTrue();
        return process.exitValue();
    }
}
