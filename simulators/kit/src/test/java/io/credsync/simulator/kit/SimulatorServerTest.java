package io.credsync.simulator.kit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.credsync.simulator.kit.fault.FaultJson;
import io.credsync.simulator.kit.http.ControlRoutes;
import io.credsync.simulator.kit.http.ErrorAnswers;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.credsync.simulator.kit.http.VendorEndpoint;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle, a vendor endpoint with a fault, and the shared control routes, over real HTTP. */
class SimulatorServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ErrorAnswers ERRORS = new ErrorAnswers() {
        @Override
        public Answer fault(int status) {
            return Answer.json(status, new JsonObject().put("fault", status));
        }

        @Override
        public Answer rateLimited(Duration retryAfter) {
            return Answer.empty(429).withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }

        @Override
        public Answer controlError(int status, String message) {
            return Answer.json(status, new JsonObject().put("error", message));
        }
    };

    private final SimulatorMechanism mechanism = new SimulatorMechanism();

    @Test
    void shouldServeOnAFreePortUntilClosed() throws Exception {
        // Given
        SimulatorServer server = start();
        String base = server.baseUrl();

        // When
        int status = send("GET", base + "/hello", null).statusCode();
        server.close();

        // Then
        assertThat(base).startsWith("http://127.0.0.1:");
        assertThat(status).isEqualTo(200);
        assertThatThrownBy(() -> send("GET", base + "/hello", null)).isInstanceOf(ConnectException.class);
    }

    @Test
    void shouldCountAndFaultVendorRequestsAddedThroughTheControlApi() throws Exception {
        try (SimulatorServer server = start()) {
            // Given
            HttpResponse<String> added = send("POST", server.baseUrl() + "/_control/faults",
                    "{\"kind\":\"rate_limited\",\"retry_after_seconds\":4,\"route\":\"/hello\",\"times\":1}");

            // When
            HttpResponse<String> faulted = send("GET", server.baseUrl() + "/hello", null);
            HttpResponse<String> normal = send("GET", server.baseUrl() + "/hello", null);

            // Then
            assertThat(added.statusCode()).isEqualTo(201);
            assertThat(faulted.statusCode()).isEqualTo(429);
            assertThat(faulted.headers().firstValue("Retry-After")).hasValue("4");
            assertThat(normal.statusCode()).isEqualTo(200);
            assertThat(mechanism.requests().count("GET", "/hello")).isEqualTo(2);
            assertThat(send("GET", server.baseUrl() + "/_control/request_counts", null).body())
                    .isEqualTo("{\"request_counts\":{\"/hello\":2}}");
        }
    }

    @Test
    void shouldDropTheConnectionForADropFault() throws Exception {
        try (SimulatorServer server = start()) {
            // Given
            mechanism.faults().next(1).dropConnection();

            // When / Then (POST: the JDK client would retry a GET on the closed connection by itself)
            assertThatThrownBy(() -> send("POST", server.baseUrl() + "/hello", "{}")).isInstanceOf(IOException.class);
            assertThat(mechanism.requests().count("POST", "/hello")).isEqualTo(1);
        }
    }

    @Test
    void shouldAdvanceTheClockAndResetThroughTheControlApi() throws Exception {
        try (SimulatorServer server = start()) {
            // Given
            send("POST", server.baseUrl() + "/_control/clock/advance", "{\"hours\":1,\"minutes\":30}");
            mechanism.faults().always().status(503);

            // When
            int reset = send("POST", server.baseUrl() + "/_control/reset", null).statusCode();

            // Then
            assertThat(reset).isEqualTo(204);
            assertThat(mechanism.clock().offset()).isZero();
            assertThat(mechanism.faults().rules()).isEmpty();
        }
    }

    @Test
    void shouldAnswerVendorCallsAfterTheLatencySetThroughTheControlApi() throws Exception {
        try (SimulatorServer server = start()) {
            // Given
            HttpResponse<String> set = send("PUT", server.baseUrl() + "/_control/latency",
                    "{\"ms\":300,\"jitter_ms\":50}");

            // When
            long start = System.nanoTime();
            HttpResponse<String> answer = send("GET", server.baseUrl() + "/hello", null);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            // Then
            assertThat(set.statusCode()).isEqualTo(200);
            assertThat(new JsonObject(set.body())).isEqualTo(new JsonObject().put("ms", 300).put("jitter_ms", 50));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(elapsedMs).isGreaterThanOrEqualTo(250);
        }
    }

    @Test
    void shouldNotDelayControlCalls() throws Exception {
        try (SimulatorServer server = start()) {
            // Given
            mechanism.latency().set(new VendorLatency.Setting(3_000, 0));

            // When
            long start = System.nanoTime();
            HttpResponse<String> counts = send("GET", server.baseUrl() + "/_control/request_counts", null);
            HttpResponse<String> latency = send("GET", server.baseUrl() + "/_control/latency", null);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            // Then
            assertThat(counts.statusCode()).isEqualTo(200);
            assertThat(new JsonObject(latency.body()).getLong("ms")).isEqualTo(3_000);
            assertThat(elapsedMs).isLessThan(2_000);
        }
    }

    @Test
    void shouldRefuseALatencyWhoseJitterExceedsItsMean() throws Exception {
        try (SimulatorServer server = start()) {
            // When
            HttpResponse<String> response = send("PUT", server.baseUrl() + "/_control/latency",
                    "{\"ms\":10,\"jitter_ms\":20}");

            // Then
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(mechanism.latency().setting()).isEqualTo(VendorLatency.Setting.NONE);
        }
    }

    @Test
    void shouldAnswerBadControlInputWithTheVendorsError() throws Exception {
        try (SimulatorServer server = start()) {
            // When
            HttpResponse<String> response = send("POST", server.baseUrl() + "/_control/faults",
                    "{\"kind\":\"explode\"}");

            // Then
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(new JsonObject(response.body()).getString("error")).contains("unknown fault kind");
        }
    }

    private SimulatorServer start() {
        return SimulatorServer.start(0, router -> {
            router.route("/hello").handler(new VendorEndpoint(mechanism, ERRORS, "/hello", null,
                    ctx -> Answer.json(200, new JsonObject().put("hello", "world"))));
            ControlRoutes.install(router, ERRORS).mechanism(mechanism, new FaultJson(null), mechanism::reset);
        });
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
