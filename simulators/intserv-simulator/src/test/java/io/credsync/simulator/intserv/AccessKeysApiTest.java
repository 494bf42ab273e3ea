package io.credsync.simulator.intserv;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.intserv.IntServHttp.code;
import static io.credsync.simulator.intserv.IntServHttp.proximity;
import static org.assertj.core.api.Assertions.assertThat;

class AccessKeysApiTest {

    private static IntServSimulator sim;
    private static IntServHttp http;
    private String level;

    @BeforeAll
    static void start() {
        sim = IntServSimulator.start();
        http = new IntServHttp(sim.baseUrl(), sim.apiKey());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.reset();
        level = sim.system("main");
    }

    @Test
    void shouldCreateAKeyForANewPersonAndAnswerItsIdAndPerson() {
        // When
        var answer = http.ok(IntServPaths.ADD, new JsonObject().put("key", proximity("0x00499602d2"))
                .put("pin", "1234").put("valid_from_date", "2020-09-01T00:00:00Z")
                .put("valid_to_date", "2020-10-01T14:00:00Z").put("access_levels", new JsonArray().add(level))
                .put("person", new JsonObject().put("first_name", "Ada").put("last_name", "Lovelace")));
        // Then
        assertThat(answer.getString("id")).isNotBlank();
        assertThat(answer.getJsonObject("person").getString("first_name")).isEqualTo("Ada");
        assertThat(answer.getString("valid_to_date")).isEqualTo("2020-10-01T14:00:00Z");
        assertThat(answer.containsKey("pin")).isFalse();
        assertThat(sim.keys()).singleElement().satisfies(key -> {
            assertThat(key.pin()).isEqualTo("1234");
            assertThat(key.personId()).isEqualTo(answer.getJsonObject("person").getString("id"));
        });
    }

    @Test
    void shouldUpdateTheExistingKeyWhenAnAddRepeatsItsSpecWithoutAnId() {
        // Given
        var first = http.ok(IntServPaths.ADD, new JsonObject().put("key", proximity("12345"))
                .put("access_levels", new JsonArray().add(level)).put("person", new JsonObject()));
        // When the same add is sent again (a lost answer), naming another person
        var again = http.ok(IntServPaths.ADD, new JsonObject().put("key", proximity("12345"))
                .put("access_levels", new JsonArray().add(level)).put("valid_to_date", "2030-01-01T00:00:00Z")
                .put("person", new JsonObject().put("first_name", "Other")));
        // Then one key, one person: the add updated the key and ignored the person
        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(again.getJsonObject("person").getString("id"))
                .isEqualTo(first.getJsonObject("person").getString("id"));
        assertThat(sim.keys()).hasSize(1);
        assertThat(sim.personCount()).isEqualTo(1);
        assertThat(sim.keys().get(0).validTo()).hasToString("2030-01-01T00:00:00Z");
    }

    @Test
    void shouldUpdateByIdReplacingOnlyTheFieldsSent() {
        // Given
        var key = http.ok(IntServPaths.ADD, new JsonObject().put("key", code("4711")).put("pin", "1234")
                .put("access_levels", new JsonArray().add(level)));
        // When
        http.ok(IntServPaths.ADD, new JsonObject().put("id", key.getString("id")).put("pin", (Object) null)
                .put("valid_from_date", "2020-11-01T00:00:00Z"));
        // Then
        var stored = sim.key(key.getString("id")).orElseThrow();
        assertThat(stored.pin()).isNull();
        assertThat(stored.validFrom()).hasToString("2020-11-01T00:00:00Z");
        assertThat(stored.accessLevels()).containsExactly(level);
    }

    @Test
    void shouldAssignAKeyToAnExistingPerson() {
        // Given
        var first = http.ok(IntServPaths.ADD, new JsonObject().put("key", proximity("1")));
        String person = first.getJsonObject("person").getString("id");
        // When
        var second = http.ok(IntServPaths.ADD, new JsonObject().put("key", code("1234"))
                .put("person", new JsonObject().put("id", person)));
        // Then
        assertThat(second.getJsonObject("person").getString("id")).isEqualTo(person);
        assertThat(sim.personCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "0x00499602d2", "EM:1099511627775", "MC:4294967295",
            "MD:72057594037927935", "EM:12|MC:34|0xAB"})
    void shouldAcceptTheDocumentedProximityFormats(String value) {
        assertThat(http.post(IntServPaths.ADD, new JsonObject().put("key", proximity(value))).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EM:12345678901234", "MC:12345678901", "MC:4294967296", "MD:123456789012345678",
            "0xZZ", "12|", "AB12", "EM:x9", "EM:1099511627776"})
    void shouldRefuseProximityValuesOutsideTheFormats(String value) {
        var response = http.post(IntServPaths.ADD, new JsonObject().put("key", proximity(value)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("InvalidKeyIdentification").doesNotContain(value);
        assertThat(sim.keys()).isEmpty();
    }

    @Test
    void shouldRefuseAPinThatIsNotFourDigitsAndAnUnknownLevelWithoutWritingAnything() {
        var pin = http.post(IntServPaths.ADD, new JsonObject().put("key", proximity("1")).put("pin", "12345"));
        var levels = http.post(IntServPaths.ADD, new JsonObject().put("key", proximity("1"))
                .put("access_levels", new JsonArray().add("6f1c1b1e-0000-4000-8000-000000000000")));
        var date = http.post(IntServPaths.ADD, new JsonObject().put("key", proximity("1"))
                .put("valid_from_date", "2020-09-01 00:00"));
        assertThat(List.of(pin.statusCode(), levels.statusCode(), date.statusCode())).containsOnly(400);
        assertThat(pin.body()).contains("InvalidPin");
        assertThat(levels.body()).contains("AccessLevelNotFound", "6f1c1b1e-0000-4000-8000-000000000000");
        assertThat(date.body()).contains("InvalidDate");
        assertThat(sim.keys()).isEmpty();
        assertThat(sim.personCount()).isZero();
    }

    @Test
    void shouldAnswer401WithoutTheIntegrationApiKey() {
        assertThat(http.post(IntServPaths.ADD, "{}", null).statusCode()).isEqualTo(401);
        assertThat(http.post(IntServPaths.LEVELS_LIST, "{}", "Bearer wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRemoveByIdOrKeyWith204AndAnswer404ForAKeyItDoesNotHold() {
        var key = http.ok(IntServPaths.ADD, new JsonObject().put("key", proximity("77")));
        http.ok(IntServPaths.ADD, new JsonObject().put("key", proximity("78")));
        assertThat(http.post(IntServPaths.REMOVE, new JsonObject().put("id", key.getString("id"))).statusCode())
                .isEqualTo(204);
        assertThat(http.post(IntServPaths.REMOVE, new JsonObject().put("key", proximity("78"))).statusCode())
                .isEqualTo(204);
        assertThat(http.post(IntServPaths.REMOVE, new JsonObject().put("id", key.getString("id"))).statusCode())
                .isEqualTo(404);
        assertThat(sim.keys()).isEmpty();
    }

    @Test
    void shouldListLevelsUnderBothDocumentedNames() {
        String other = sim.addLevel("garage", "Garage");
        for (String path : List.of(IntServPaths.LEVELS_LIST, IntServPaths.LEVELS_GET)) {
            var levels = http.ok(path, new JsonObject()).getJsonArray("levels");
            assertThat(levels.stream().map(l -> ((JsonObject) l).getString("id"))).containsExactlyInAnyOrder(level,
                    SimulatorSettings.defaultLevelOf("garage"), other);
        }
    }

    @Test
    void shouldCutTooLongCodesFromTheLeftAtADoor() {
        assertThat(sim.doorCode("main", "12345678")).isEqualTo("345678");
    }

    @Test
    void shouldServeFaultsFromTheKit() {
        sim.faults().matching("POST", IntServPaths.ADD).next(1).status(503);
        assertThat(http.post(IntServPaths.ADD, new JsonObject().put("key", proximity("5"))).statusCode())
                .isEqualTo(503);
        assertThat(http.post(IntServPaths.ADD, new JsonObject().put("key", proximity("5"))).statusCode())
                .isEqualTo(200);
        assertThat(sim.requestCount(IntServPaths.ADD)).isEqualTo(2);
    }
}
