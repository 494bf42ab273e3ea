package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static io.credsync.simulator.jetstream.StoredCredentialsTest.array;
import static org.assertj.core.api.Assertions.assertThat;

class OnlineSyncTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    static final String EVENT_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
    static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void createDeviceWithStoredList() {
        SIM.sim().device("Lobby-1");
        SIM.http().send("POST", basic("Lobby-1"), array("0A1B2C3D4E", "0123456789ABCDEF"));
    }

    @Test
    void shouldAnswerCompletedForOnlineDevice() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = JetstreamHttp.object(response);
        assertThat(body.fieldNames()).containsExactly("CommandId", "Status", "ExceptionList", "OutputParameterList");
        assertThat(body.getString("CommandId")).matches(GUID);
        assertThat(body.getString("Status")).isEqualTo("Completed");
        assertThat(body.getJsonArray("ExceptionList")).isEmpty();
        assertThat(body.getJsonArray("OutputParameterList")).isEmpty();
    }

    @Test
    void shouldReplaceDeviceListWithStoredList() {
        // Given
        SIM.sim().device("Lobby-1").deviceAcl(List.of("9999999999"));

        // When
        SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).containsExactly("0A1B2C3D4E", "0123456789ABCDEF");
    }

    @Test
    void shouldPublishCommandQueuedEventShapedLikeTheDocumentation() {
        // When
        String commandId = JetstreamHttp.object(SIM.http().send("POST", sync("Lobby-1"))).getString("CommandId");

        // Then
        JsonObject event = SIM.sim().pendingEvents(JetstreamEvents.COMMAND_QUEUED).get(0);
        assertThat(event.fieldNames()).containsExactly("Device", "CommandId", "CommandName", "URI", "Verb", "User",
                "Parameters", "Type", "EventId", "EventTime", "Version");
        assertThat(event.getString("Device")).isEqualTo("Lobby-1");
        assertThat(event.getString("CommandId")).isEqualTo(commandId);
        assertThat(event.getString("CommandName")).isEqualTo("SyncCredentials");
        assertThat(event.getString("URI")).isEqualTo("/3/Devices/Lobby-1/credentials/sync");
        assertThat(event.getString("Verb")).isEqualTo("Post");
        assertThat(event.getString("User")).isEqualTo(SimulatorSettings.DEFAULT_USER);
        assertThat(event.getJsonArray("Parameters")).isEqualTo(new JsonArray()
                .add(new JsonObject().put("Key", "Add").put("Value", "0A1B2C3D4E"))
                .add(new JsonObject().put("Key", "Add").put("Value", "0123456789ABCDEF"))
                .add(new JsonObject().put("Key", "Remove").put("Value", "*")));
        assertThat(event.getString("Type")).isEqualTo("CommandQueuedEvent");
        assertThat(event.getString("EventId")).matches(GUID);
        assertThat(event.getString("EventTime")).matches(EVENT_TIME);
        assertThat(event.getInteger("Version")).isEqualTo(2);
    }

    @Test
    void shouldPublishCommandCompletionEventShapedLikeTheDocumentation() {
        // When
        String commandId = JetstreamHttp.object(SIM.http().send("POST", sync("Lobby-1"))).getString("CommandId");

        // Then
        JsonObject event = SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION).get(0);
        assertThat(event.fieldNames()).containsExactly("CommandId", "CommandName", "OutputParameterList",
                "ExceptionList", "Device", "ReceivedTime", "Type", "EventId", "EventTime", "Version");
        assertThat(event.getString("CommandId")).isEqualTo(commandId);
        assertThat(event.getString("CommandName")).isEqualTo("SyncCredentials");
        assertThat(event.getJsonArray("OutputParameterList")).isEmpty();
        assertThat(event.getJsonArray("ExceptionList")).isEmpty();
        assertThat(event.getString("Device")).isEqualTo("Lobby-1");
        assertThat(event.getString("ReceivedTime")).matches(EVENT_TIME);
        assertThat(event.getString("Type")).isEqualTo("CommandCompletionEvent");
        assertThat(event.getString("EventTime")).matches(EVENT_TIME);
        assertThat(event.getInteger("Version")).isEqualTo(2);
    }

    @Test
    void shouldPublishQueuedEventBeforeCompletionEvent() {
        // When
        SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(SIM.sim().pendingEvents()).extracting(event -> event.getString("Type"))
                .containsExactly("DeviceCredentialsAddedEvent", "CommandQueuedEvent", "CommandCompletionEvent");
    }

    @Test
    void shouldSyncEmptyListAsRemoveAll() {
        // Given
        SIM.http().send("PUT", basic("Lobby-1"), "[]");

        // When
        SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).isEmpty();
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_QUEUED).get(0).getJsonArray("Parameters"))
                .isEqualTo(new JsonArray().add(new JsonObject().put("Key", "Remove").put("Value", "*")));
    }

    @Test
    void shouldAnswerLastSyncTimeAsBareString() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));

        // When
        HttpResponse<String> response = SIM.http().send("GET", sync("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00\"");
    }

    @Test
    void shouldAnswerNullLastSyncTimeBeforeAnySync() {
        // When
        HttpResponse<String> response = SIM.http().send("GET", sync("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("null");
    }
}
