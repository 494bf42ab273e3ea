package io.credsync.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Jetstream path end to end, across real processes started by the local stack: Kafka, PostgreSQL, the
 * registry, the Jetstream dispatcher, event-ingest and the Jetstream simulator. Everything is observed the way a user
 * would: the registry's REST API and the simulator's control API (the device lists).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JetstreamPathIT {

    private static final List<String> SERVICES = List.of("jetstream-simulator", "credential-registry",
            "event-ingest", "dispatcher");

    private RunningStack stack;

    @BeforeAll
    void startTheStack(@TempDir Path home) throws Exception {
        stack = RunningStack.start(home, SERVICES);
        call("PUT", "/v1/connections/jetstream-local", Map.of("vendor", "jetstream", "base_url", stack.url(
                "jetstream-simulator"), "secret_ref", "jetstream-local-key"), 200);
        for (String device : List.of("Lobby-1", "Garage-2", "Dock-3", "Vault-4", "Attic-5")) {
            control("PUT", "/_control/devices/" + device, Map.of("online", true));
            call("PUT", "/v1/targets/" + device, Map.of("connection_id", "jetstream-local", "address", device), 200);
        }
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldSyncAnOnlineDeviceAtOnceAndAnOfflineOneWhenItReturnsThenRevokeFromBoth() throws Exception {
        // Given Garage-2 is offline
        control("PUT", "/_control/devices/Garage-2", Map.of("online", false));
        // When a card is granted to Lobby-1 and Garage-2
        grant("badge-1", "04A1B2C3D4E5", "Lobby-1", "Garage-2");
        // Then Lobby-1 is synced and Garage-2 has it queued on the device
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(state("badge-1", "Lobby-1")).isEqualTo("synced");
            assertThat(state("badge-1", "Garage-2")).isEqualTo("queued_on_device");
        });
        assertThat(deviceList("Lobby-1")).containsExactly("04A1B2C3D4E5");
        assertThat(deviceList("Garage-2")).isEmpty();
        // When Garage-2 comes back, Then it is synced too (through event-ingest)
        control("PUT", "/_control/devices/Garage-2", Map.of("online", true));
        var status = call("GET", "/v1/credentials/badge-1/status?wait_for_version=1&timeout=PT30S", null, 200);
        assertThat(status.get("synced_everywhere").asBoolean()).isTrue();
        assertThat(deviceList("Garage-2")).containsExactly("04A1B2C3D4E5");
        // When it is revoked, Then both device lists lose it
        call("POST", "/v1/credentials/badge-1/revoke", null, 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deviceList("Lobby-1")).doesNotContain("04A1B2C3D4E5");
            assertThat(deviceList("Garage-2")).doesNotContain("04A1B2C3D4E5");
        });
    }

    @Test
    void shouldReachSyncedThroughTransientVendorFaults() throws Exception {
        control("POST", "/_control/faults", Map.of("kind", "status", "status", 503, "device", "Dock-3", "count",
                3));
        grant("badge-2", "04A1B2C3D4E6", "Dock-3");
        var status = call("GET", "/v1/credentials/badge-2/status?wait_for_version=1&timeout=PT45S", null, 200);
        assertThat(status.get("synced_everywhere").asBoolean()).isTrue();
        assertThat(deviceList("Dock-3")).contains("04A1B2C3D4E6");
    }

    @Test
    void shouldFailWithTheVendorsMessageOnAPermanentFault() throws Exception {
        control("POST", "/_control/faults", Map.of("kind", "status", "status", 400, "device", "Vault-4", "count",
                1));
        grant("badge-3", "04A1B2C3D4E7", "Vault-4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(state("badge-3", "Vault-4"))
                .isEqualTo("failed"));
        var target = target("badge-3", "Vault-4");
        assertThat(target.at("/last_error/code").asText()).isEqualTo("http_400");
        assertThat(target.at("/last_error/message").asText()).isNotBlank();
    }

    @Test
    void shouldFailWithCommandTimedOutWhenADeviceStaysOfflineFor24Hours() throws Exception {
        control("PUT", "/_control/devices/Attic-5", Map.of("online", false));
        grant("badge-4", "04A1B2C3D4E8", "Attic-5");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(state("badge-4", "Attic-5"))
                .isEqualTo("queued_on_device"));
        control("POST", "/_control/clock/advance", Map.of("hours", 25));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(state("badge-4", "Attic-5"))
                .isEqualTo("failed"));
        assertThat(target("badge-4", "Attic-5").at("/last_error/code").asText()).isEqualTo("CommandTimedOut");
    }

    @Test
    void shouldRefuseAtTheApiWhatJetstreamCouldNeverTake() throws Exception {
        var badPass = call("PUT", "/v1/credentials/badge-5", body("04a1b2", "Lobby-1"), 422);
        assertThat(badPass.at("/violations/0/rule").asText()).isEqualTo("jetstream.pass.hex");
        var badDevice = call("PUT", "/v1/targets/bad", Map.of("connection_id", "jetstream-local", "address",
                "lobby/1#"), 422);
        assertThat(badDevice.at("/violations/0/rule").asText()).isEqualTo("jetstream.device_name.pattern");
    }

    private void grant(String credential, String pass, String... devices) throws Exception {
        call("PUT", "/v1/credentials/" + credential, body(pass, devices), 201);
    }

    private static Map<String, Object> body(String pass, String... devices) {
        var grants = new ArrayList<Map<String, Object>>();
        for (String device : devices) {
            grants.add(Map.of("target_id", device, "parameters", Map.of("vendor", "jetstream")));
        }
        return Map.of("external_holder_id", "emp-1", "holder", Map.of("full_name", "Ada Lovelace"), "kind", "card",
                "value", pass, "grants", grants);
    }

    private String state(String credential, String target) throws Exception {
        return stack.state(credential, target);
    }

    private JsonNode target(String credential, String target) throws Exception {
        return stack.target(credential, target);
    }

    private List<String> deviceList(String device) throws Exception {
        var list = new ArrayList<String>();
        stack.control("jetstream-simulator", "GET", "/_control/devices/" + device, null).get("deviceCredentials")
                .forEach(n -> list.add(n.asText()));
        return list;
    }

    private void control(String method, String path, Object body) throws Exception {
        stack.control("jetstream-simulator", method, path, body);
    }

    private JsonNode call(String method, String path, Object body, int expected) throws Exception {
        return stack.registry(method, path, body, expected);
    }
}
