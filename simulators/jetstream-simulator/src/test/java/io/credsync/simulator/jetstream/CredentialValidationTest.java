package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

class CredentialValidationTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @BeforeEach
    void createDevice() {
        SIM.sim().device("Lobby-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"012345678\"]", "[\"0123456789012345678901234567890123456789A\"]", "[\"0123456789AG\"]",
            "[\"01234 56789\"]", "[\"\"]", "[12345678901]", "[null]"})
    void shouldRejectCredentialThatIsNotTenToFortyHexDigits(String body) {
        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Lobby-1"), body);

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SIM.sim().storedAcl("Lobby-1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "0123456789ABCDEF0123456789ABCDEF01234567"})
    void shouldAcceptCredentialOfTenAndOfFortyHexDigits(String credential) {
        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Lobby-1"), "[\"" + credential + "\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void shouldRejectLowerCaseLettersOnCreate() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Lobby-1"), "[\"0123456789ab\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JetstreamHttp.object(response).getString("Message")).contains("upper case");
    }

    @Test
    void shouldStoreLowerCaseLettersUpperCasedOnModify() {
        // When
        HttpResponse<String> response = SIM.http().send("PUT", basic("Lobby-1"), "[\"0123456789ab\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly("0123456789AB");
    }

    @Test
    void shouldRejectCredentialOutOfRangeOnModify() {
        // When
        HttpResponse<String> response = SIM.http().send("PUT", basic("Lobby-1"), "[\"0123\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRejectCredentialOutOfRangeOnDelete() {
        // When
        HttpResponse<String> response = SIM.http().send("DELETE", basic("Lobby-1"), "[\"XYZ\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"0123456789\"", "not json", "{\"Credentials\":[]}", "\"0123456789\""})
    void shouldRejectBodyThatIsNotJsonArray(String body) {
        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Lobby-1"), body);

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRejectMissingBody() {
        // When
        HttpResponse<String> response = SIM.http().send("PUT", basic("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldValidateBodyBeforeLookingUpDevice() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Unknown-1"), "[\"0123456789ab\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }
}
