package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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

class OfflineSyncTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String A = "0A1B2C3D4E";
    private static final String B = "0123456789ABCDEF";

    @BeforeEach
    void createOfflineDevice() {
        SIM.sim().device("Lobby-1").online(false);
        SIM.http().send("POST", basic("Lobby-1"), array(A));
    }

    @Test
    void shouldAnswerQueuedForOfflineDevice() {
        // When
        HttpResponse<String> response = SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = JetstreamHttp.object(response);
        assertThat(body.getString("Status")).isEqualTo("Queued");
        assertThat(SIM.sim().device("Lobby-1").queuedCommandIds()).containsExactly(body.getString("CommandId"));
    }

    @Test
    void shouldLeaveOfflineDeviceUnchangedAndPublishOnlyQueuedEvent() {
        // When
        SIM.http().send("POST", sync("Lobby-1"));

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).isEmpty();
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_QUEUED)).hasSize(1);
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION)).isEmpty();
    }

    @Test
    void shouldRunQueuedCommandsInOrderWhenDeviceComesOnline() {
        // Given
        String first = commandId(SIM.http().send("POST", sync("Lobby-1")));
        SIM.http().send("PUT", basic("Lobby-1"), array(B));
        String second = commandId(SIM.http().send("POST", sync("Lobby-1")));

        // When
        SIM.sim().device("Lobby-1").online(true);

        // Then
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION))
                .allSatisfy(event -> assertThat(event.getJsonArray("ExceptionList")).isEmpty())
                .extracting(event -> event.getString("CommandId"))
                .containsExactly(first, second);
        assertThat(SIM.sim().deviceAcl("Lobby-1")).containsExactly(B);
        assertThat(SIM.sim().device("Lobby-1").queuedCommandIds()).isEmpty();
    }

    @Test
    void shouldPushTheListAsItWasWhenSyncWasCalled() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.http().send("PUT", basic("Lobby-1"), array(B));

        // When
        SIM.sim().device("Lobby-1").online(true);

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).containsExactly(A);
        assertThat(SIM.sim().storedAcl("Lobby-1")).containsExactly(B);
    }

    @Test
    void shouldTimeOutCommandNotDeliveredWithin24Hours() {
        // Given
        String commandId = commandId(SIM.http().send("POST", sync("Lobby-1")));

        // When
        SIM.sim().clock().advance(Duration.ofHours(25));

        // Then
        List<JsonObject> completions = SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION);
        assertThat(completions).hasSize(1);
        assertThat(completions.get(0).getString("CommandId")).isEqualTo(commandId);
        assertThat(completions.get(0).getJsonArray("ExceptionList")).isEqualTo(new JsonArray()
                .add(new JsonObject().put("Key", "CommandTimedOut").put("Value",
                        "Command timed out after 1440 minutes")));
        assertThat(SIM.sim().device("Lobby-1").queuedCommandIds()).isEmpty();
    }

    @Test
    void shouldNotRunTimedOutCommandWhenDeviceComesBack() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.sim().clock().advance(Duration.ofHours(25));

        // When
        SIM.sim().device("Lobby-1").online(true);

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).isEmpty();
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION)).hasSize(1);
    }

    @Test
    void shouldRunCommandDeliveredJustWithin24Hours() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.sim().clock().advance(Duration.ofHours(23).plusMinutes(59));

        // When
        SIM.sim().device("Lobby-1").online(true);

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).containsExactly(A);
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION).get(0).getJsonArray("ExceptionList"))
                .isEmpty();
    }

    @Test
    void shouldTimeOutWhenClockIsAdvancedThroughControlApi() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));

        // When
        HttpResponse<String> response = SIM.http().control("POST", "/_control/clock/advance", "{\"minutes\":1500}");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_COMPLETION)).singleElement()
                .satisfies(event -> assertThat(event.getJsonArray("ExceptionList").getJsonObject(0).getString("Key"))
                        .isEqualTo("CommandTimedOut"));
    }

    @Test
    void shouldStampEventsWithSimulatedTime() {
        // Given
        SIM.sim().clock().advance(Duration.ofDays(400));

        // When
        SIM.http().send("POST", sync("Lobby-1"));

        // Then
        Instant eventTime = Instant.parse(SIM.sim().pendingEvents(JetstreamEvents.COMMAND_QUEUED).get(0)
                .getString("EventTime"));
        assertThat(eventTime).isAfter(Instant.now().plus(Duration.ofDays(399)));
    }

    private static String commandId(HttpResponse<String> response) {
        return JetstreamHttp.object(response).getString("CommandId");
    }
}
