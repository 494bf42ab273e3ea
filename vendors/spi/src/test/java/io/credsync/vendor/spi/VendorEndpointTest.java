package io.credsync.vendor.spi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.SecretValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorEndpointTest {

    /** What the server saw of each request: method, path, auth header, content type, body. */
    record Seen(String method, String path, String auth, String contentType, String body) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int status = 200;

    @BeforeEach
    void startAVendor() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    headers.getFirst("AccessKey"), headers.getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = (status == 200 ? "{\"ok\":true}" : "{\"Message\":\"device unknown\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldJoinThePathPutTheKeyWhereTheVendorWantsItSendJsonAndCountCalls() throws Exception {
        // Given a connection whose base URL ends with a slash
        var endpoint = endpoint("/");
        // When
        var answer = endpoint.send("PUT", "/3/devices/Lobby/credentials/basic", List.of("04A1"));
        endpoint.send("POST", "/3/devices/Lobby/credentials/sync", null);
        // Then
        assertThat(answer.body()).isEqualTo("{\"ok\":true}");
        assertThat(seen).containsExactly(
                new Seen("PUT", "/3/devices/Lobby/credentials/basic", "key-1", "application/json", "[\"04A1\"]"),
                new Seen("POST", "/3/devices/Lobby/credentials/sync", "key-1", "application/json", ""));
        assertThat(endpoint.calls()).isEqualTo(2);
    }

    @Test
    void shouldClassifyARefusalWithTheVendorsOwnMessage() {
        status = 404;
        var endpoint = endpoint("");
        assertThatThrownBy(() -> endpoint.send("GET", "/3/devices/Nowhere/credentials/basic", null))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.PERMANENT);
                    assertThat(failure.code()).isEqualTo("http_404");
                    assertThat(failure.vendorMessage()).isEqualTo("device unknown");
                });
        assertThat(endpoint.calls()).isEqualTo(1);
    }

    /** Issue 15: a plain http:// base URL for a vendor that requires HTTPS was accepted silently. */
    @Test
    void shouldRefuseAPlainHttpBaseUrlForAVendorThatRequiresHttpsUnlessTheRuntimeAllowsSimulators() throws Exception {
        var refused = endpoint("", false).httpsOnly();
        assertThatThrownBy(() -> refused.send("POST", "/3/devices/Lobby/credentials/sync", null))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.PERMANENT);
                    assertThat(failure.code()).isEqualTo("https_required");
                    assertThat(failure.getMessage()).contains("js", "jetstream requires HTTPS")
                            .doesNotContain("key-1");
                });
        assertThat(seen).isEmpty();
        assertThat(refused.calls()).isZero();

        endpoint("", true).httpsOnly().send("POST", "/3/devices/Lobby/credentials/sync", null);
        endpoint("", false).send("POST", "/3/devices/Lobby/credentials/sync", null); // a vendor without the rule
        assertThat(seen).hasSize(2);
    }

    private VendorEndpoint endpoint(String trailing) {
        return endpoint(trailing, false);
    }

    private VendorEndpoint endpoint(String trailing, boolean plainHttpAllowed) {
        var connection = new VendorConnection("acme", "js", Vendor.JETSTREAM,
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + trailing), SecretValue.of("key-1"),
                10, Map.of());
        return new VendorEndpoint(new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), plainHttpAllowed),
                connection,
                VendorEndpoint.header("AccessKey"),
                response -> new VendorHttp.VendorError(null, response.body().contains("device unknown")
                        ? "device unknown"
                        : response.body()));
    }
}
