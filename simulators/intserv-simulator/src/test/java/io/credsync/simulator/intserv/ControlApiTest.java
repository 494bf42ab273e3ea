package io.credsync.simulator.intserv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.intserv.IntServHttp.code;
import static org.assertj.core.api.Assertions.assertThat;

class ControlApiTest {

    private static IntServSimulator sim;
    private static IntServHttp api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sim = IntServSimulator.start(0, SimulatorSettings.defaults().withSystems(java.util.List.of("hq"))
                .withPropagationDelay(Duration.ofSeconds(30)));
        api = new IntServHttp(sim.baseUrl(), sim.apiKey());
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
    void shouldCreateASystemThatRefusesCodesAndAddALevelToIt() throws Exception {
        // When
        var system = control("PUT", "/systems/annex", new JsonObject().put("codes_enabled", false));
        var level = control("POST", "/systems/annex/levels", new JsonObject().put("name", "Annex night"));
        // Then
        assertThat(system.statusCode()).isEqualTo(201);
        assertThat(new JsonObject(system.body()).getString("level_id"))
                .isEqualTo(SimulatorSettings.defaultLevelOf("annex"));
        assertThat(level.statusCode()).isEqualTo(201);
        String levelId = new JsonObject(level.body()).getString("id");
        String key = api.ok(IntServPaths.ADD, new JsonObject().put("key", code("2468")).put("access_levels",
                new JsonArray().add(levelId))).getString("id");
        sim.clock().advance(Duration.ofSeconds(30));
        assertThat(api.ok(IntServPaths.STATUS, new JsonObject().put("id", key)).getString("status"))
                .isEqualTo("Failed");
    }

    @Test
    void shouldShowKeysAndPersonsWithoutThePin() throws Exception {
        api.ok(IntServPaths.ADD, new JsonObject().put("key", code("1357")).put("pin", "9753")
                .put("access_levels", new JsonArray().add(SimulatorSettings.defaultLevelOf("hq"))));
        var keys = control("GET", "/keys", null);
        var persons = control("GET", "/persons", null);
        assertThat(new JsonObject(keys.body()).getJsonArray("keys")).singleElement()
                .satisfies(k -> assertThat(((JsonObject) k).getBoolean("pin_set")).isTrue());
        assertThat(keys.body()).doesNotContain("9753");
        assertThat(new JsonObject(persons.body()).getJsonArray("persons")).hasSize(1);
    }

    @Test
    void shouldInjectAFaultThroughTheControlApiAndResetToTheConfiguredSystems() throws Exception {
        // Given
        control("PUT", "/systems/annex", new JsonObject());
        var fault = control("POST", "/faults", new JsonObject().put("kind", "status").put("status", 503)
                .put("method", "POST").put("path", IntServPaths.LEVELS_LIST).put("count", 1));
        assertThat(fault.statusCode()).isEqualTo(201);
        assertThat(api.post(IntServPaths.LEVELS_LIST, new JsonObject()).statusCode()).isEqualTo(503);
        // When
        assertThat(control("POST", "/reset", new JsonObject()).statusCode()).isEqualTo(204);
        // Then
        var levels = api.ok(IntServPaths.LEVELS_LIST, new JsonObject()).getJsonArray("levels");
        assertThat(levels.stream().map(l -> ((JsonObject) l).getString("system_id"))).containsExactly("hq");
    }

    private HttpResponse<String> control(String method, String path, JsonObject body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/_control" + path))
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.encode()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
