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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The BAS-IP path end to end, across the local stack's processes: registry → dispatcher → the BAS-IP panels of the
 * simulator host → status. The stack's catalogue names no vendor: the simulator declares itself, and its panel
 * account reaches the dispatcher as the secret file {@code basip-local-key}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasIpPathIT {

    private static final List<String> SERVICES = List.of("basip-simulator", "credential-registry", "dispatcher");

    private RunningStack stack;

    @BeforeAll
    void startTheStack(@TempDir Path home) throws Exception {
        stack = RunningStack.start(home, SERVICES);
        stack.registry("PUT", "/v1/connections/basip-local", Map.of("vendor", "basip", "base_url",
                stack.url("basip-simulator"), "secret_ref", "basip-local-key"), 200);
        for (String panel : List.of("gate-1", "door-2")) {
            stack.registry("PUT", "/v1/targets/" + panel, Map.of("connection_id", "basip-local", "address",
                    stack.url("basip-simulator") + "/panels/" + panel), 200);
        }
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldPutTheCardOnAnOnlinePanelAndOnAnOfflineOneWhenItReturnsThenRemoveIt() throws Exception {
        // Given door-2 is off the LAN
        stack.control("basip-simulator", "POST", "/_control/panels/door-2/offline", null);
        // When a card is granted on both panels
        var grants = new ArrayList<Map<String, Object>>();
        for (String panel : List.of("gate-1", "door-2")) {
            grants.add(Map.of("target_id", panel, "parameters", Map.of("vendor", "basip", "lock", "first")));
        }
        stack.registry("PUT", "/v1/credentials/fob-1", Map.of("external_holder_id", "emp-1", "holder",
                Map.of("full_name", "Ada Lovelace"), "kind", "card", "value", "4401",
                "format", Map.of("card_encoding", "decimal"), "grants", grants), 201);
        // Then gate-1 is synced, door-2 retries and says why
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(stack.state("fob-1", "gate-1")).isEqualTo("synced");
            assertThat(stack.state("fob-1", "door-2")).isEqualTo("retrying");
        });
        assertThat(numbers("gate-1")).containsExactly("4401");
        // When door-2 is back, Then it converges
        stack.control("basip-simulator", "POST", "/_control/panels/door-2/online", null);
        var status = stack.registry("GET", "/v1/credentials/fob-1/status?wait_for_version=1&timeout=PT60S", null,
                200);
        assertThat(status.get("synced_everywhere").asBoolean()).isTrue();
        assertThat(numbers("door-2")).containsExactly("4401");
        // When it is revoked, Then both panels lose it
        stack.registry("POST", "/v1/credentials/fob-1/revoke", null, 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(numbers("gate-1")).isEmpty();
            assertThat(numbers("door-2")).isEmpty();
        });
    }

    private List<String> numbers(String panel) throws Exception {
        var numbers = new ArrayList<String>();
        stack.control("basip-simulator", "GET", "/_control/panels/" + panel, null).get("identifiers")
                .forEach(identifier -> numbers.add(identifier.get("identifier_number").asText()));
        return numbers;
    }
}
