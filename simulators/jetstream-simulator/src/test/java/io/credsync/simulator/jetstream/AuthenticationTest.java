package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @Test
    void shouldRejectRequestWithoutAccessKey() {
        // Given
        SIM.sim().device("Lobby-1");

        // When
        HttpResponse<String> response = SIM.http().sendWithKey("GET", basic("Lobby-1"), null, null);

        // Then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JetstreamHttp.object(response).getString("Message")).isNotBlank();
    }

    @Test
    void shouldRejectRequestWithWrongAccessKey() {
        // Given
        SIM.sim().device("Lobby-1");

        // When
        HttpResponse<String> response = SIM.http().sendWithKey("POST", basic("Lobby-1"), "[\"0123456789\"]",
                "11111111-2222-3333-4444-555555555555");

        // Then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SIM.sim().storedAcl("Lobby-1")).isEmpty();
    }

    @Test
    void shouldAcceptConfiguredAccessKey() {
        // Given
        SIM.sim().device("Lobby-1");

        // When
        HttpResponse<String> response = SIM.http().send("GET", basic("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldCheckAccessKeyBeforeInput() {
        // When
        HttpResponse<String> response = SIM.http().sendWithKey("GET", basic("bad:name"), null, null);

        // Then
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldServeControlApiWithoutAccessKey() {
        // When
        HttpResponse<String> response = SIM.http().control("GET", "/_control/devices", null);

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
