package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static org.assertj.core.api.Assertions.assertThat;

class DeviceNameValidationTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @ParameterizedTest
    @ValueSource(strings = {"Lobby:1", "Lobby;1", "Lobby'1", "Lobby(1)", "Lobby#1", "Lobby+1", "Lobby=1", "Café-1"})
    void shouldRejectDeviceNameOutsideDocumentedPattern(String name) {
        // When
        HttpResponse<String> response = SIM.http().send("GET", basic(name));

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JetstreamHttp.object(response).getString("Message")).contains("DeviceName");
    }

    @Test
    void shouldRejectDeviceNameLongerThan128Characters() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", sync("D".repeat(129)));

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAcceptDeviceNameOf128Characters() {
        // Given
        String name = "D".repeat(128);
        SIM.sim().device(name);

        // When
        HttpResponse<String> response = SIM.http().send("GET", basic(name));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lobby-1", "Lobby_1", "Lobby 1", "Lobby,1", "Lobby.1", "lobby-A-9"})
    void shouldAcceptEveryCharacterClassOfThePattern(String name) {
        // Given
        SIM.sim().device(name);

        // When
        HttpResponse<String> response = SIM.http().send("POST", basic(name), "[\"0123456789\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(SIM.sim().storedAcl(name)).containsExactly("0123456789");
    }

    @Test
    void shouldAnswer404ForDeviceNotCreated() {
        // When
        HttpResponse<String> response = SIM.http().send("GET", basic("Unknown-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JetstreamHttp.object(response).getString("Message")).contains("Unknown-1");
    }

    @Test
    void shouldAnswer404ForSyncOfDeviceNotCreated() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", sync("Unknown-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SIM.sim().pendingEvents()).isEmpty();
    }
}
