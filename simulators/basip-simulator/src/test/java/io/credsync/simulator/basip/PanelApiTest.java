package io.credsync.simulator.basip;

import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.credsync.simulator.kit.junit.SimulatorExtension;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PanelApiTest {

    @RegisterExtension
    static final SimulatorExtension<BasIpSimulator> SIM = new SimulatorExtension<>(BasIpSimulator::start);

    private BasIpSimulator sim;
    private PanelHttp gate;

    @BeforeEach
    void givenALoggedInPanel() {
        sim = SIM.simulator();
        sim.panel("gate");
        gate = new PanelHttp(sim.panelUrl("gate"));
        assertThat(gate.login("admin", SimulatorSettings.DEFAULT_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseALoginWithAWrongPassword() {
        var response = new PanelHttp(sim.panelUrl("gate")).login("admin", "wrong");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswerLogInWithoutAToken() {
        var response = gate.send("POST", BasIpPaths.LINK_ITEMS, "{}", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(PanelHttp.body(response).getString("error")).isEqualTo("Log In");
    }

    @Test
    void shouldAnswerLogInOnceTheTokenExpired() {
        // Given a token one hour old
        sim.clock().advance(Duration.ofHours(1));
        // When
        var response = gate.upsert(PanelHttp.item("c-1", "card", "1234"));
        // Then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(PanelHttp.body(response).getString("error")).isEqualTo("Log In");
    }

    @Test
    void shouldCreateThenUpdateAnIdentifierByLinkId() {
        var created = PanelHttp.body(gate.upsert(PanelHttp.item("c-1", "card", "1234")));
        var updated = PanelHttp.body(gate.upsert(PanelHttp.item("c-1", "card", "5678")
                .put("valid", new JsonObject().put("time", new JsonObject().put("is_permanent", false)
                        .put("from", 100).put("to", 200)))));
        assertThat(created.getJsonArray("result").getJsonObject(0).getString("extended_info")).isEqualTo("created");
        assertThat(updated.getJsonArray("result").getJsonObject(0).getString("extended_info")).isEqualTo("updated");
        var read = PanelHttp.body(gate.read("c-1")).getJsonArray("list_items");
        assertThat(read).hasSize(1);
        assertThat(read.getJsonObject(0).getString("identifier_number")).isEqualTo("5678");
        assertThat(read.getJsonObject(0).getJsonObject("valid").getJsonObject("time").getLong("to")).isEqualTo(200);
        assertThat(sim.panel("gate").identifiers()).hasSize(1);
    }

    @Test
    void shouldAnswerEveryItemOfABatch() {
        var result = PanelHttp.body(gate.upsert(PanelHttp.item("a", "card", "11"), PanelHttp.item("b", "qr",
                "not-a-uuid"), PanelHttp.item("c", "inputCode", "4321"))).getJsonArray("result");
        assertThat(result.stream().map(r -> ((JsonObject) r).getString("extended_info")))
                .containsExactly("created", "invalid_identifier_number", "created");
        assertThat(result.getJsonObject(1).getBoolean("success")).isFalse();
    }

    @Test
    void shouldRefuseTheWholeRequestWhenAFieldIsMissing() {
        var response = gate.upsert(PanelHttp.item("a", "card", "11"), PanelHttp.item("b", "card", "12")
                .put("lock", (String) null));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PanelHttp.body(response).getString("error")).isEqualTo("Wrong JSON body: no value for `lock`");
        assertThat(sim.panel("gate").identifiers()).isEmpty();
    }

    @Test
    void shouldRefuseANumberTakenByAnotherIdentifier() {
        gate.upsert(PanelHttp.item("a", "card", "44"));
        var result = PanelHttp.body(gate.upsert(PanelHttp.item("b", "card", "00:2C"))).getJsonArray("result");
        assertThat(result.getJsonObject(0).getString("extended_info"))
                .isEqualTo("number_taken_by_another_identifier");
    }

    @Test
    void shouldReadDigitsPerTheWiegandMode() {
        sim.panel("hex-gate").wiegandMode(WiegandMode.HEX);
        var hex = new PanelHttp(sim.panelUrl("hex-gate"));
        hex.login("admin", SimulatorSettings.DEFAULT_PASSWORD);
        gate.upsert(PanelHttp.item("a", "card", "44"));
        hex.upsert(PanelHttp.item("a", "card", "44"));
        assertThat(sim.panel("gate").identifier("a").orElseThrow().readValue()).isEqualTo(BigInteger.valueOf(44));
        assertThat(sim.panel("hex-gate").identifier("a").orElseThrow().readValue()).isEqualTo(BigInteger
                .valueOf(68));
    }

    @Test
    void shouldRefuseIdentifiersBeyondThePanelsLimit() {
        sim.panel("gate").configure(new JsonObject().put("max_identifiers", 1));
        gate.upsert(PanelHttp.item("a", "card", "1"));
        var result = PanelHttp.body(gate.upsert(PanelHttp.item("b", "card", "2"))).getJsonArray("result");
        assertThat(result.getJsonObject(0).getString("extended_info")).isEqualTo("number_of_identifiers_exceeded");
    }

    @Test
    void shouldRefuseFaceIdOnAPanelWithoutFaceRecognition() {
        sim.panel("gate").configure(new JsonObject().put("face_id_supported", false));
        var result = PanelHttp.body(gate.upsert(PanelHttp.item("f", "face_id", "aGVsbG8="))).getJsonArray("result");
        assertThat(result.getJsonObject(0).getString("extended_info")).isEqualTo("face_id_not_supported");
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        var result = PanelHttp.body(gate.upsert(PanelHttp.item("a", "card", "1").put("valid", new JsonObject()
                .put("time", new JsonObject().put("is_permanent", false).put("from", 200).put("to", 100)))))
                .getJsonArray("result");
        assertThat(result.getJsonObject(0).getString("extended_info")).isEqualTo("invalid_time_rules_settings");
    }

    @Test
    void shouldDeleteByLinkIdAndSayWhatIsAlreadyAbsent() {
        gate.upsert(PanelHttp.item("a", "card", "1"));
        var result = PanelHttp.body(gate.delete("a", "never")).getJsonArray("result");
        assertThat(result.getJsonObject(0).getString("extended_info")).isEqualTo("deleted");
        assertThat(result.getJsonObject(1).getString("extended_info")).isEqualTo("entity_not_found");
        assertThat(PanelHttp.body(gate.read("a")).getJsonArray("list_items")).isEmpty();
    }

    @Test
    void shouldRefuseAnAccountWithoutAdministratorRights() {
        sim.panel("gate").configure(new JsonObject().put("administrator", false));
        var response = gate.read("a");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(PanelHttp.body(response).getString("error")).isEqualTo("Administrator rights required");
    }

    @Test
    void shouldAnswerInTheDoorControllerShapeOnADoorController() {
        sim.panel("gate").configure(new JsonObject().put("error_shape", "door_controller"));
        sim.panel("gate").expireTokens();
        var response = gate.read("a");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(PanelHttp.body(response).getJsonObject("error").getString("code"))
                .isEqualTo("invalid_authentication");
    }

    @Test
    void shouldLoseEveryRequestToAnOfflinePanelUntilItIsBack() {
        sim.panel("gate").offline();
        assertThatThrownBy(() -> gate.read("a")).isInstanceOf(UncheckedIOException.class);
        sim.panel("gate").online();
        assertThat(gate.read("a").statusCode()).isEqualTo(200);
        assertThat(sim.requestCount("GET", BasIpPaths.LINK_ITEMS, "gate")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldLoseRequestsToAnAddressWhereNoPanelListens() {
        assertThatThrownBy(() -> new PanelHttp(sim.panelUrl("nowhere")).login("admin", "x"))
                .isInstanceOf(UncheckedIOException.class);
    }
}
