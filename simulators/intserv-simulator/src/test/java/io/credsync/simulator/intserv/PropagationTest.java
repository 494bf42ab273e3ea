package io.credsync.simulator.intserv;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.intserv.IntServHttp.code;
import static io.credsync.simulator.intserv.IntServHttp.proximity;
import static org.assertj.core.api.Assertions.assertThat;

class PropagationTest {

    private static IntServSimulator sim;
    private static IntServHttp http;

    @BeforeAll
    static void start() {
        sim = IntServSimulator.start(0, SimulatorSettings.defaults().withPropagationDelay(Duration.ofMinutes(1)));
        http = new IntServHttp(sim.baseUrl(), sim.apiKey());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.reset();
    }

    @Test
    void shouldBePendingOnEverySystemUntilThePropagationDelayThenApplied() {
        // Given a key on two systems
        String id = add(proximity("42"), sim.system("main"), sim.system("garage"));
        // Then
        var pending = status(id);
        assertThat(pending.getString("status")).isEqualTo("Pending");
        assertThat(pending.getJsonArray("systems_where_pending")).hasSize(2);
        // When
        sim.clock().advance(Duration.ofMinutes(1));
        // Then
        var applied = status(id);
        assertThat(applied.getString("status")).isEqualTo("Applied");
        assertThat(applied.getJsonArray("systems_where_applied").stream()
                .map(s -> ((JsonObject) s).getString("system_id"))).containsExactlyInAnyOrder("main", "garage");
    }

    @Test
    void shouldReportASystemThatRefusesCodesAsPartiallyAppliedWithItsErrorType() {
        // Given
        String main = sim.system("main");
        String garage = sim.system("garage");
        sim.codesEnabled("garage", false);
        String id = add(code("4711"), main, garage);
        // When
        sim.clock().advance(Duration.ofMinutes(2));
        // Then
        var status = status(id);
        assertThat(status.getString("status")).isEqualTo("PartiallyApplied");
        assertThat(status.getJsonArray("systems_where_failed")).singleElement().satisfies(s -> {
            assertThat(((JsonObject) s).getString("system_id")).isEqualTo("garage");
            assertThat(((JsonObject) s).getString("error_type")).isEqualTo("CodeNotEnabled");
        });
    }

    @Test
    void shouldReportFailedWhenEverySystemRefusesAndNotAppliedWithoutLevels() {
        String main = sim.system("main");
        sim.codesEnabled("main", false);
        String refused = add(code("1234"), main);
        String levelless = add(proximity("9"));
        sim.clock().advance(Duration.ofMinutes(2));
        assertThat(status(refused).getString("status")).isEqualTo("Failed");
        assertThat(status(levelless).getString("status")).isEqualTo("NotApplied");
    }

    @Test
    void shouldStartPropagationAgainOnEveryUpdate() {
        String level = sim.system("main");
        String id = add(proximity("8"), level);
        sim.clock().advance(Duration.ofMinutes(2));
        http.ok(IntServPaths.ADD, new JsonObject().put("id", id).put("valid_to_date", "2030-01-01T00:00:00Z"));
        assertThat(status(id).getString("status")).isEqualTo("Pending");
    }

    @Test
    void shouldAnswer400WithoutAnIdAnd404ForAnUnknownKey() {
        assertThat(http.post(IntServPaths.STATUS, new JsonObject()).statusCode()).isEqualTo(400);
        assertThat(http.post(IntServPaths.STATUS, new JsonObject().put("id", "6f1c1b1e-0000-4000-8000-00000000000a"))
                .statusCode()).isEqualTo(404);
    }

    private String add(JsonObject key, String... levels) {
        return http.ok(IntServPaths.ADD, new JsonObject().put("key", key).put("access_levels",
                new JsonArray(java.util.List.of(levels)))).getString("id");
    }

    private JsonObject status(String id) {
        return http.ok(IntServPaths.STATUS, new JsonObject().put("id", id));
    }
}
