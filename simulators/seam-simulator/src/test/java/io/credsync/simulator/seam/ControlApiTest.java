package io.credsync.simulator.seam;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ControlApiTest {

    private static SeamSimulator seam;
    private static SeamHttp http;

    @BeforeAll
    static void start() {
        seam = SeamSimulator.start(0, "seam_test_control_key");
        http = new SeamHttp(seam);
    }

    @AfterAll
    static void stop() {
        seam.close();
    }

    @BeforeEach
    void reset() {
        http.control("POST", "/reset", null);
    }

    @Test
    void shouldCreateAnAccessSystemWithEntrancesAndGroups() {
        // When
        JsonObject system = http.control("POST", "/acs_systems", new JsonObject().put("name", "HQ")
                .put("external_type", "salto_ks_site")
                .put("entrances", new JsonArray().add("Main door"))
                .put("access_groups", new JsonArray().add("Staff"))).json();
        // Then
        String id = system.getString("acs_system_id");
        JsonObject listed = http.post("/acs/systems/get", new JsonObject().put("acs_system_id", id)).json()
                .getJsonObject("acs_system");
        assertThat(listed.getString("external_type")).isEqualTo("salto_ks_site");
        assertThat(system.getJsonObject("acs_entrance_ids").getString("Main door")).matches("[0-9a-f-]{36}");
        assertThat(system.getJsonObject("acs_access_group_ids").getString("Staff")).matches("[0-9a-f-]{36}");
    }

    @Test
    void shouldInjectATimeoutAfterWriteOverHttp() {
        // Given
        String userId = http.createUser(systemOverHttp(), "Jane Doe");
        http.control("POST", "/faults", new JsonObject().put("kind", "timeout_after_write")
                .put("route", "/acs/credentials/create").put("times", 1));
        // When
        assertThatThrownBy(() -> http.postOrFail("/acs/credentials/create", new JsonObject()
                .put("acs_user_id", userId).put("access_method", "mobile_key"), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
        // Then
        JsonArray credentials = http.control("GET", "/acs_credentials", null).json().getJsonArray("acs_credentials");
        assertThat(credentials).hasSize(1);
        assertThat(http.control("GET", "/faults", null).json().getJsonArray("faults")).isEmpty();
    }

    @Test
    void shouldListDeletedCredentials() {
        // Given
        http.control("PUT", "/sync", new JsonObject().put("delay_ms", 0));
        String userId = http.createUser(systemOverHttp(), "Jane Doe");
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // When
        http.post("/acs/credentials/delete", new JsonObject().put("acs_credential_id", id));
        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonObject credential = http.control("GET", "/acs_credentials", null).json()
                    .getJsonArray("acs_credentials").getJsonObject(0);
            assertThat(credential.getString("simulator_state")).isEqualTo("deleted");
        });
    }

    @Test
    void shouldMakeASystemFail() {
        // Given
        String systemId = systemOverHttp();
        String userId = http.createUser(systemId, "Jane Doe");
        http.control("PUT", "/acs_systems/" + systemId + "/failing", new JsonObject().put("failing", true));
        // When
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(http.getCredential(id)
                .getJsonObject("acs_credential").getJsonArray("errors")).isNotEmpty());
    }

    @Test
    void shouldConfigureWebhooksAndListDeliveries() {
        // Given
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonObject config = http.control("PUT", "/webhook", new JsonObject().put("url", receiver.url())
                    .put("secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").put("retry_scale", 0.001)).json();
            // When
            http.createUser(systemOverHttp(), "Jane Doe");
            // Then
            assertThat(config.getJsonArray("secrets")).containsExactly("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(http
                    .control("GET", "/webhook/deliveries", null).json().getJsonArray("deliveries")
                    .getJsonObject(0).getString("status")).isEqualTo("succeeded"));
        }
    }

    @Test
    void shouldCountRequestsAndForgetThemOnReset() {
        // Given
        http.post("/acs/systems/list", new JsonObject());
        long before = http.control("GET", "/request_counts", null).json().getJsonObject("request_counts")
                .getLong("/acs/systems/list");
        // When
        http.control("POST", "/reset", null);
        // Then
        assertThat(before).isEqualTo(1);
        assertThat(http.control("GET", "/request_counts", null).json().getJsonObject("request_counts")).isEmpty();
        assertThat(http.control("GET", "/workspace", null).json().getJsonArray("acs_systems")).isEmpty();
    }

    @Test
    void shouldRateLimitWritesOverHttp() {
        // Given
        String systemId = systemOverHttp();
        http.control("PUT", "/rate_limit", new JsonObject().put("writes_per_minute", 1));
        http.createUser(systemId, "Jane Doe");
        // When
        SeamHttp.Reply reply = http.post("/acs/users/create",
                new JsonObject().put("acs_system_id", systemId).put("full_name", "John Roe"));
        // Then
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("retry-after")).isNotBlank();
    }

    private static String systemOverHttp() {
        return http.control("POST", "/acs_systems", new JsonObject().put("name", "HQ")).json()
                .getString("acs_system_id");
    }
}
