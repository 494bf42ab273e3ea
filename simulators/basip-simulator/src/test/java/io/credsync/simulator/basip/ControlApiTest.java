package io.credsync.simulator.basip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.credsync.simulator.kit.junit.SimulatorExtension;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

class ControlApiTest {

    @RegisterExtension
    static final SimulatorExtension<BasIpSimulator> SIM = new SimulatorExtension<>(BasIpSimulator::start);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void shouldCreateAndConfigureAPanel() throws Exception {
        var created = control("PUT", "/panels/lobby", "{\"wiegand_mode\":\"hex\",\"max_identifiers\":5}");
        var again = control("PUT", "/panels/lobby", "{\"face_id_supported\":false}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        var panel = new JsonObject(control("GET", "/panels/lobby", null).body());
        assertThat(panel.getString("wiegand_mode")).isEqualTo("hex");
        assertThat(panel.getInteger("max_identifiers")).isEqualTo(5);
        assertThat(panel.getBoolean("face_id_supported")).isFalse();
        assertThat(panel.containsKey("password")).isFalse();
    }

    @Test
    void shouldTakeAPanelOfflineAndBack() throws Exception {
        control("PUT", "/panels/lobby", null);
        var offline = new JsonObject(control("POST", "/panels/lobby/offline", null).body());
        assertThat(offline.getBoolean("online")).isFalse();
        assertThat(SIM.simulator().faults().rules()).hasSize(1);
        var online = new JsonObject(control("POST", "/panels/lobby/online", null).body());
        assertThat(online.getBoolean("online")).isTrue();
        assertThat(SIM.simulator().faults().rules()).isEmpty();
    }

    @Test
    void shouldInjectAFaultForOnePanel() throws Exception {
        SIM.simulator().panel("lobby");
        SIM.simulator().panel("garage");
        var fault = control("POST", "/faults", "{\"kind\":\"status\",\"status\":503,\"panel\":\"lobby\",\"count\":1}");
        assertThat(fault.statusCode()).isEqualTo(201);
        var lobby = new PanelHttp(SIM.simulator().panelUrl("lobby"));
        var garage = new PanelHttp(SIM.simulator().panelUrl("garage"));
        assertThat(garage.login("admin", SimulatorSettings.DEFAULT_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(lobby.login("admin", SimulatorSettings.DEFAULT_PASSWORD).statusCode()).isEqualTo(503);
        assertThat(lobby.login("admin", SimulatorSettings.DEFAULT_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404ForAnUnknownPanel() throws Exception {
        assertThat(control("GET", "/panels/ghost", null).statusCode()).isEqualTo(404);
        assertThat(control("PUT", "/panels/ghost", "{\"wiegand_mode\":\"octal\"}").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> control(String method, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(SIM.simulator().baseUrl() + "/_control" + path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
