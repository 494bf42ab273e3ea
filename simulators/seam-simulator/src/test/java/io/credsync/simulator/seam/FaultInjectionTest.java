package io.credsync.simulator.seam;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest extends EmbeddedSeamTest {

    private static final String CREATE = "/acs/credentials/create";

    private String userId;

    @BeforeEach
    void workspace() {
        userId = http.createUser(seam.addAcsSystem("HQ").acsSystemId(), "Jane Doe");
    }

    @Test
    void shouldAnswerServerErrorsForTheNextRequestsOnly() {
        // Given
        seam.faults().next(2).serverError(CREATE, 503);
        // When
        int first = http.post(CREATE, code()).status();
        SeamHttp.Reply second = http.post(CREATE, code());
        int third = http.post(CREATE, code()).status();
        // Then
        assertThat(first).isEqualTo(503);
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.error().getString("type")).isEqualTo("internal_server_error");
        assertThat(second.header("seam-request-id")).isNotBlank();
        assertThat(third).isEqualTo(200);
        assertThat(seam.credentials()).hasSize(1);
    }

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfter() {
        // Given
        seam.faults().next(1).rateLimited(CREATE, Duration.ofSeconds(7));
        // When
        SeamHttp.Reply reply = http.post(CREATE, code());
        // Then
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("retry-after")).isEqualTo("7");
        assertThat(reply.error().getString("type")).isEqualTo("rate_limited");
        assertThat(seam.credentials()).isEmpty();
    }

    @Test
    void shouldAnswerSlowerThanTheClientWaits() {
        // Given
        seam.faults().next(1).slow("/acs/users/list", Duration.ofSeconds(3));
        // When / Then
        assertThatThrownBy(() -> http.postOrFail("/acs/users/list", new JsonObject(), Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(http.post("/acs/users/list", new JsonObject()).status()).isEqualTo(200);
    }

    @Test
    void shouldDropTheConnectionWithoutWriting() {
        // Given
        seam.faults().next(1).dropConnection(CREATE);
        // When / Then
        assertThatThrownBy(() -> http.postOrFail(CREATE, code(), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        assertThat(seam.credentials()).isEmpty();
        assertThat(seam.requestCount(CREATE)).isEqualTo(1);
    }

    @Test
    void shouldWriteThenDropTheConnectionLeavingExactlyOneCredential() {
        // Given
        seam.faults().next(1).timeoutAfterWrite(CREATE);
        // When
        assertThatThrownBy(() -> http.postOrFail(CREATE, code(), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        // Then: the write happened, and a client that looks before retrying finds it
        assertThat(seam.credentials()).hasSize(1);
        JsonArray listed = http.post("/acs/credentials/list", new JsonObject().put("acs_user_id", userId)).json()
                .getJsonArray("acs_credentials");
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("acs_credential_id"))
                .isEqualTo(seam.credentials().get(0).acsCredentialId());
    }

    @Test
    void shouldWriteThenAnswerAfterTheClientGaveUp() {
        // Given
        seam.faults().next(1).timeoutAfterWrite(CREATE, Duration.ofSeconds(3));
        // When
        assertThatThrownBy(() -> http.postOrFail(CREATE, code(), Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
        // Then
        assertThat(seam.credentials()).hasSize(1);
    }

    @Test
    void shouldFaultOnlyTheChosenRoute() {
        // Given
        seam.faults().untilCleared().serverError(CREATE);
        // When
        int other = http.post("/acs/users/list", new JsonObject()).status();
        int chosen = http.post(CREATE, code()).status();
        // Then
        assertThat(other).isEqualTo(200);
        assertThat(chosen).isEqualTo(500);
    }

    @Test
    void shouldFaultEveryRouteUntilCleared() {
        // Given
        seam.faults().untilCleared().serverError(null, 502);
        int during = http.post("/acs/users/list", new JsonObject()).status();
        // When
        seam.faults().clear();
        // Then
        assertThat(during).isEqualTo(502);
        assertThat(http.post("/acs/users/list", new JsonObject()).status()).isEqualTo(200);
    }

    @Test
    void shouldRateLimitWritesButNotReads() {
        // Given
        seam.rateLimit().writesPerMinute(2);
        http.post(CREATE, code());
        http.post(CREATE, code());
        // When
        SeamHttp.Reply third = http.post(CREATE, code());
        // Then
        assertThat(third.status()).isEqualTo(429);
        assertThat(Long.parseLong(third.header("retry-after"))).isBetween(1L, 60L);
        assertThat(http.post("/acs/credentials/list", new JsonObject().put("acs_user_id", userId)).status())
                .isEqualTo(200);
        assertThat(seam.credentials()).hasSize(2);
    }

    @Test
    void shouldCountRequestsPerRoute() {
        // Given
        seam.faults().next(1).serverError(CREATE);
        // When
        http.post(CREATE, code());
        http.post(CREATE, code());
        // Then
        assertThat(seam.requestCount(CREATE)).isEqualTo(2);
        assertThat(seam.requestCount("/acs/users/create")).isEqualTo(1);
        assertThat(seam.requestCount("/acs/credentials/delete")).isZero();
    }

    private JsonObject code() {
        return new JsonObject().put("acs_user_id", userId).put("access_method", "code").put("code", "1234");
    }
}
