package io.credsync.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceHealthTest {

    private static final String DOWN = """
            {"status":"DOWN","checks":[{"name":"SmallRye Reactive Messaging - readiness check","status":"UP"},
            {"name":"Reactive PostgreSQL connections health check","status":"DOWN","data":{"<default>":"down"}}]}""";

    private HttpServer server;

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldReportAServiceAnswering503AsDownWithItsFailingChecks() throws IOException {
        // Given
        String url = serve(503, DOWN);
        // When
        var health = ServiceHealth.of(url);
        // Then
        assertThat(health.ready()).isFalse();
        assertThat(health.description()).startsWith("DOWN, not ready (HTTP 503)")
                .contains("Reactive PostgreSQL connections health check")
                .doesNotContain("SmallRye Reactive Messaging");
    }

    @Test
    void shouldReportAServiceAnswering200AsReady() throws IOException {
        // Given
        String url = serve(200, "{\"status\":\"UP\",\"checks\":[]}");
        // When
        var health = ServiceHealth.of(url);
        // Then
        assertThat(health.ready()).isTrue();
        assertThat(health.description()).isEqualTo("ready");
    }

    @Test
    void shouldReportAServiceThatDoesNotAnswerAsNotReady() throws IOException {
        // Given a port nobody listens on
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // When
        var health = ServiceHealth.of("http://127.0.0.1:" + port);
        // Then
        assertThat(health.ready()).isFalse();
        assertThat(health.description()).startsWith("not ready: no answer");
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
