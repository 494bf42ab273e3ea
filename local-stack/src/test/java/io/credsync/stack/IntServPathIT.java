package io.credsync.stack;

import java.nio.file.Path;
import java.time.Duration;
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
 * The IntServ path end to end, across the local stack's processes: registry → dispatcher (key written, accepted) →
 * the IntServ simulator's access systems (propagation after a few seconds) → event-ingest polling the key's status →
 * synced. The stack's catalogue names no vendor: the simulator declares itself and leaves its key as the secret file
 * {@code intserv-local-key}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntServPathIT {

    private static final List<String> SERVICES = List.of("intserv-simulator", "credential-registry",
            "event-ingest", "dispatcher");

    private RunningStack stack;

    @BeforeAll
    void startTheStack(@TempDir Path home) throws Exception {
        stack = RunningStack.start(home, SERVICES);
        stack.registry("PUT", "/v1/connections/intserv-local", Map.of("vendor", "intserv", "base_url",
                stack.url("intserv-simulator"), "secret_ref", "intserv-local-key"), 200);
        stack.registry("PUT", "/v1/targets/main", Map.of("connection_id", "intserv-local", "address",
                "main-building"), 200);
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldReportSyncedOnlyOnceTheAccessSystemAppliedTheKeyThenRemoveIt() throws Exception {
        // When a card is granted with the main building's access level
        String level = level("main-building");
        stack.registry("PUT", "/v1/credentials/card-1", Map.of("external_holder_id", "emp-1", "holder",
                Map.of("full_name", "Ada Lovelace"), "kind", "card", "value", "0x04A1B2C3D4E5",
                "grants", List.of(Map.of("target_id", "main", "parameters", Map.of("vendor", "intserv",
                        "access_level_ids", List.of(level))))),
                201);
        // Then it is synced once IntServ says the system applied it, and the key is at IntServ
        var status = stack.registry("GET", "/v1/credentials/card-1/status?wait_for_version=1&timeout=PT60S", null,
                200);
        assertThat(status.get("synced_everywhere").asBoolean()).isTrue();
        assertThat(keys()).hasSize(1);
        // When it is revoked, Then the key is removed
        stack.registry("POST", "/v1/credentials/card-1/revoke", null, 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(keys()).isEmpty();
            assertThat(stack.state("card-1", "main")).isEqualTo("synced");
        });
    }

    private String level(String system) throws Exception {
        JsonNode answer = stack.control("intserv-simulator", "PUT", "/_control/systems/" + system, Map.of());
        return answer.get("level_id").asText();
    }

    private JsonNode keys() throws Exception {
        return stack.control("intserv-simulator", "GET", "/_control/keys", null).get("keys");
    }
}
