package io.credsync.simulator.jetstream;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static io.credsync.simulator.jetstream.StoredCredentialsTest.array;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class FaultsTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String A = "0A1B2C3D4E";
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(300);

    @BeforeEach
    void createDevices() {
        SIM.sim().device("Lobby-1");
        SIM.sim().device("Garage-2");
    }

    @Test
    void shouldAnswerChosenStatusForNextMatchingRequestsOnly() {
        // Given
        SIM.sim().faults().next(2).status(503);

        // When
        int[] statuses = {status("GET", basic("Lobby-1")), status("GET", basic("Lobby-1")),
                status("GET", basic("Lobby-1"))};

        // Then
        assertThat(statuses).containsExactly(503, 503, 200);
    }

    @Test
    void shouldNotApplyWriteAnsweredWithFaultStatus() {
        // Given
        SIM.sim().faults().next(1).status(500);

        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Lobby-1"), array(A));

        // Then
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(SIM.sim().storedAcl("Lobby-1")).isEmpty();
    }

    @Test
    void shouldAnswer429WithRetryAfter() {
        // Given
        SIM.sim().faults().next(1).tooManyRequests(7);

        // When
        HttpResponse<String> response = SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(SIM.sim().pendingEvents()).isEmpty();
    }

    @Test
    void shouldAnswerSlowly() {
        // Given
        SIM.sim().faults().next(1).delay(Duration.ofMillis(400));
        long start = System.nanoTime();

        // When
        HttpResponse<String> response = SIM.http().send("GET", basic("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shouldApplySlowWriteEvenAfterClientGaveUp() {
        // Given
        SIM.sim().faults().next(1).delay(Duration.ofMillis(800));

        // When
        assertThatThrownBy(() -> SIM.http().sendOrThrow("POST", basic("Lobby-1"), array(A), CLIENT_TIMEOUT))
                .isInstanceOf(HttpTimeoutException.class);

        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(A));
    }

    @Test
    void shouldDropConnectionWithoutApplyingRequest() {
        // Given
        SIM.sim().faults().next(1).dropConnection();

        // When
        assertThatThrownBy(() -> SIM.http().sendOrThrow("POST", basic("Lobby-1"), array(A), CLIENT_TIMEOUT))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);

        // Then
        assertThat(SIM.sim().storedAcl("Lobby-1")).isEmpty();
        assertThat(SIM.sim().requestCount("POST", JetstreamPaths.CREDENTIALS_BASIC)).isEqualTo(1);
    }

    @Test
    void shouldApplyWriteThenDropConnection() {
        // Given
        SIM.sim().faults().next(1).timeoutAfterWrite();

        // When
        assertThatThrownBy(() -> SIM.http().sendOrThrow("POST", sync("Lobby-1"), null, CLIENT_TIMEOUT))
                .isInstanceOf(IOException.class);

        // Then
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION)).hasSize(1);
        assertThat(SIM.sim().requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC, "Lobby-1")).isEqualTo(1);
    }

    @Test
    void shouldApplyWriteThenAnswerAfterClientTimeout() {
        // Given
        SIM.sim().faults().next(1).timeoutAfterWrite(Duration.ofSeconds(2));

        // When
        assertThatThrownBy(() -> SIM.http().sendOrThrow("PUT", basic("Lobby-1"), array(A), CLIENT_TIMEOUT))
                .isInstanceOf(HttpTimeoutException.class);

        // Then
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(A);
    }

    @Test
    void shouldApplyFaultOnlyToMatchingMethodAndPath() {
        // Given
        SIM.sim().faults().matching("POST", JetstreamPaths.CREDENTIALS_SYNC).status(502);

        // When
        int[] statuses = {status("GET", sync("Lobby-1")), status("POST", basic("Lobby-1")),
                status("POST", sync("Lobby-1"))};

        // Then
        assertThat(statuses).containsExactly(200, 201, 502);
    }

    @Test
    void shouldMatchConcretePath() {
        // Given
        SIM.sim().faults().matching(null, "/3/devices/Garage-2/credentials/basic").status(503);

        // When
        int[] statuses = {status("GET", basic("Lobby-1")), status("GET", basic("Garage-2"))};

        // Then
        assertThat(statuses).containsExactly(200, 503);
    }

    @Test
    void shouldApplyFaultOnlyToMatchingDevice() {
        // Given
        SIM.sim().faults().forDevice("Garage-2").status(503);

        // When
        int[] statuses = {status("POST", sync("Lobby-1")), status("POST", sync("Garage-2"))};

        // Then
        assertThat(statuses).containsExactly(200, 503);
    }

    @Test
    void shouldKeepUnlimitedFaultUntilCleared() {
        // Given
        SIM.sim().faults().always().status(503);
        status("GET", basic("Lobby-1"));
        status("GET", basic("Lobby-1"));

        // When
        SIM.http().control("DELETE", "/_control/faults", null);

        // Then
        assertThat(status("GET", basic("Lobby-1"))).isEqualTo(200);
    }

    @Test
    void shouldInjectFaultThroughControlApi() {
        // Given
        HttpResponse<String> added = SIM.http().control("POST", "/_control/faults",
                "{\"kind\":\"rate-limit\",\"retryAfterSeconds\":3,\"method\":\"POST\","
                        + "\"path\":\"/3/devices/{DeviceName}/credentials/sync\",\"device\":\"Lobby-1\",\"count\":1}");

        // When
        HttpResponse<String> response = SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(SIM.sim().faults().rules()).isEmpty();
    }

    @Test
    void shouldRejectUnknownFaultKind() {
        // When
        HttpResponse<String> response = SIM.http().control("POST", "/_control/faults", "{\"kind\":\"explode\"}");

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldFaultEventEndpoints() {
        // Given
        SIM.sim().faults().matching("GET", JetstreamPaths.EVENTS_WITH_LIMIT).next(1).status(500);

        // When
        int status = status("GET", "/3/events/10");

        // Then
        assertThat(status).isEqualTo(500);
    }

    private static int status(String method, String path) {
        return SIM.http().send(method, path, method.equals("POST") && path.endsWith("basic") ? "[]" : null)
                .statusCode();
    }
}
