package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

class StoredCredentialsTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String A = "0A1B2C3D4E";
    private static final String B = "0123456789ABCDEF";
    private static final String C = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";

    @BeforeEach
    void createDevice() {
        SIM.sim().device("Lobby-1");
    }

    @Test
    void shouldAddCredentialsWith201EchoingTheArray() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // Then
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JetstreamHttp.array(response)).isEqualTo(new JsonArray().add(A).add(B));
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(A, B);
    }

    @Test
    void shouldKeepEachCredentialOnceWhenAddedTwice() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // When
        SIM.http().send("POST", basic("Lobby-1"), array(B, C));

        // Then
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(A, B, C);
    }

    @Test
    void shouldReplaceWholeListWith200EchoingTheArray() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // When
        HttpResponse<String> response = SIM.http().send("PUT", basic("Lobby-1"), array(C));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JetstreamHttp.array(response)).isEqualTo(new JsonArray().add(C));
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(C);
    }

    @Test
    void shouldClearListWithEmptyPut() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // When
        HttpResponse<String> response = SIM.http().send("PUT", basic("Lobby-1"), "[]");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SIM.sim().storedAcl("Lobby-1")).isEmpty();
    }

    @Test
    void shouldRemoveListedCredentialsWithDelete() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B, C));

        // When
        HttpResponse<String> response = SIM.http().send("DELETE", basic("Lobby-1"), array(A, C));

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(B);
    }

    @Test
    void shouldRemoveListedCredentialsWithPatch() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // When
        HttpResponse<String> response = SIM.http().send("PATCH", basic("Lobby-1"), array(B));

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(A);
    }

    @Test
    void shouldReadStoredList() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // When
        HttpResponse<String> response = SIM.http().send("GET", basic("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JetstreamHttp.array(response)).isEqualTo(new JsonArray().add(A).add(B));
    }

    @Test
    void shouldNotChangeDeviceWhenStoredListChanges() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));
        SIM.http().send("PUT", basic("Lobby-1"), array(C));

        // When
        SIM.http().send("DELETE", basic("Lobby-1"), array(C));

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).isEmpty();
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_QUEUED)).isEmpty();
    }

    @Test
    void shouldPublishAddedEvent() {
        // When
        SIM.http().send("POST", basic("Lobby-1"), array(A));

        // Then
        JsonObject event = only(JetstreamEvents.CREDENTIALS_ADDED);
        assertThat(event.fieldNames()).containsExactly("Device", "CredentialType", "AddedCredentials", "Type",
                "EventId", "EventTime", "Version");
        assertThat(event.getString("Device")).isEqualTo("Lobby-1");
        assertThat(event.getString("CredentialType")).isEqualTo("Basic");
        assertThat(event.getJsonArray("AddedCredentials")).isEqualTo(new JsonArray().add(A));
        assertThat(event.getInteger("Version")).isEqualTo(3);
    }

    @Test
    void shouldPublishModifiedEventWithCurrentList() {
        // When
        SIM.http().send("PUT", basic("Lobby-1"), array(B, C));

        // Then
        JsonObject event = only(JetstreamEvents.CREDENTIALS_MODIFIED);
        assertThat(event.fieldNames()).containsExactly("Device", "CredentialType", "CurrentCredentials", "Type",
                "EventId", "EventTime", "Version");
        assertThat(event.getJsonArray("CurrentCredentials")).isEqualTo(new JsonArray().add(B).add(C));
    }

    @Test
    void shouldPublishRemovedEvent() {
        // Given
        SIM.http().send("POST", basic("Lobby-1"), array(A, B));

        // When
        SIM.http().send("PATCH", basic("Lobby-1"), array(A));

        // Then
        JsonObject event = only(JetstreamEvents.CREDENTIALS_REMOVED);
        assertThat(event.fieldNames()).containsExactly("Device", "CredentialType", "RemovedCredentials", "Type",
                "EventId", "EventTime", "Version");
        assertThat(event.getJsonArray("RemovedCredentials")).isEqualTo(new JsonArray().add(A));
    }

    private static JsonObject only(String type) {
        assertThat(SIM.sim().pendingEvents(type)).hasSize(1);
        return SIM.sim().pendingEvents(type).get(0);
    }

    static String array(String... credentials) {
        return new JsonArray(List.of(credentials)).encode();
    }
}
