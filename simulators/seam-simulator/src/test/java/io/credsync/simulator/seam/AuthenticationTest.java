package io.credsync.simulator.seam;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    private static SeamSimulator seam;
    private static SeamHttp http;

    @BeforeAll
    static void start() {
        seam = SeamSimulator.start(0, "seam_test_auth_key");
        http = new SeamHttp(seam);
    }

    @AfterAll
    static void stop() {
        seam.close();
    }

    @Test
    void shouldRejectARequestWithoutAnApiKey() throws IOException {
        // When
        SeamHttp.Reply reply = http.send("POST", "/acs/systems/list", "{}", Map.of("content-type", "application/json"),
                Duration.ofSeconds(5));
        // Then
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().encode()).isEqualTo(new JsonObject()
                .put("error", new JsonObject().put("type", "unauthorized").put("message", "No Authorization header"))
                .put("ok", false).encode());
        assertThat(reply.header("seam-request-id")).isNotBlank();
    }

    @Test
    void shouldRejectAWrongApiKey() {
        // When
        SeamHttp.Reply reply = new SeamHttp(seam.baseUrl(), "seam_wrong_key").post("/acs/systems/list",
                new JsonObject());
        // Then
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error().getString("type")).isEqualTo("unauthorized");
    }

    @Test
    void shouldAcceptTheConfiguredApiKey() {
        // When
        SeamHttp.Reply reply = http.post("/acs/systems/list", new JsonObject());
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getBoolean("ok")).isTrue();
        assertThat(reply.header("seam-request-id")).startsWith("req_");
    }
}
