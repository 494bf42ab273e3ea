package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static io.credsync.simulator.jetstream.StoredCredentialsTest.array;
import static org.assertj.core.api.Assertions.assertThat;

class EventsTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @BeforeEach
    void publishThreeEvents() {
        SIM.sim().device("Lobby-1");
        SIM.sim().device("Garage-2");
        SIM.http().send("POST", basic("Lobby-1"), array("0A1B2C3D4E"));
        SIM.http().send("POST", sync("Garage-2")); // CommandQueuedEvent + CommandCompletionEvent
    }

    @Test
    void shouldReturnBatchOfPendingEventsOldestFirst() {
        // When
        HttpResponse<String> response = SIM.http().send("GET", "/3/events/100");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject batch = JetstreamHttp.object(response);
        assertThat(batch.fieldNames()).containsExactly("BatchId", "Count", "Events");
        assertThat(batch.getString("BatchId")).matches(OnlineSyncTest.GUID);
        assertThat(batch.getInteger("Count")).isEqualTo(3);
        assertThat(types(batch)).containsExactly("DeviceCredentialsAddedEvent", "CommandQueuedEvent",
                "CommandCompletionEvent");
    }

    @Test
    void shouldNotDequeueEventsOnRead() {
        // Given
        SIM.http().send("GET", "/3/events/100");

        // When
        JsonObject second = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100"));

        // Then
        assertThat(second.getInteger("Count")).isEqualTo(3);
        assertThat(SIM.sim().pendingEvents()).hasSize(3);
    }

    @Test
    void shouldReturnAtMostLimitEvents() {
        // When
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/2"));

        // Then
        assertThat(batch.getInteger("Count")).isEqualTo(2);
        assertThat(types(batch)).containsExactly("DeviceCredentialsAddedEvent", "CommandQueuedEvent");
    }

    @Test
    void shouldAcknowledgeExactlyTheEventsOfABatch() {
        // Given
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/2"));
        SIM.http().send("DELETE", basic("Lobby-1"), array("0A1B2C3D4E")); // published after the read

        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events", batchId(batch));

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(SIM.sim().pendingEvents()).extracting(event -> event.getString("Type"))
                .containsExactly("CommandCompletionEvent", "DeviceCredentialsRemovedEvent");
    }

    @Test
    void shouldAcknowledgeBatchWithPatch() {
        // Given
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100"));

        // When
        HttpResponse<String> response = SIM.http().send("PATCH", "/3/events", batchId(batch));

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(SIM.sim().pendingEvents()).isEmpty();
    }

    @Test
    void shouldAcceptSameBatchAcknowledgedTwice() {
        // Given
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100"));
        SIM.http().send("DELETE", "/3/events", batchId(batch));

        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events", batchId(batch));

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void shouldAnswer404ForUnknownBatch() {
        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events",
                "{\"BatchId\":\"5be4a19c-f1c3-42a9-b437-eacf5272bb8d\"}");

        // Then
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SIM.sim().pendingEvents()).hasSize(3);
    }

    @Test
    void shouldAcknowledgeByEventIds() {
        // Given
        List<JsonObject> pending = SIM.sim().pendingEvents();
        JsonArray ids = new JsonArray().add(pending.get(0).getString("EventId"))
                .add(pending.get(2).getString("EventId"))
                .add("00000000-0000-0000-0000-000000000000");

        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events",
                new JsonObject().put("EventIds", ids).encode());

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(SIM.sim().pendingEvents()).extracting(event -> event.getString("Type"))
                .containsExactly("CommandQueuedEvent");
    }

    @Test
    void shouldAccept100EventIds() {
        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events", eventIds(100));

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void shouldRejectMoreThan100EventIds() {
        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events", eventIds(101));

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "not json", "{\"EventIds\":\"x\"}", "{\"BatchId\":1}"})
    void shouldRejectMalformedAcknowledgement(String body) {
        // When
        HttpResponse<String> response = SIM.http().send("DELETE", "/3/events", body);

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SIM.sim().pendingEvents()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "513", "-1", "abc"})
    void shouldRejectLimitOutside1To512(String limit) {
        // When
        HttpResponse<String> response = SIM.http().send("GET", "/3/events/" + limit);

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "512"})
    void shouldAcceptLimitAtBounds(String limit) {
        // When
        HttpResponse<String> response = SIM.http().send("GET", "/3/events/" + limit);

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldFilterByType() {
        // When
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100?Type=CommandCompletionEvent"));

        // Then
        assertThat(types(batch)).containsExactly("CommandCompletionEvent");
    }

    @Test
    void shouldFilterByDevice() {
        // When
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100?Device=Lobby-1"));

        // Then
        assertThat(types(batch)).containsExactly("DeviceCredentialsAddedEvent");
    }

    @Test
    void shouldFilterByEventVersion() {
        // When
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100?EventVersion=2"));

        // Then
        assertThat(types(batch)).containsExactly("CommandQueuedEvent", "CommandCompletionEvent");
    }

    @Test
    void shouldAcknowledgeOnlyTheFilteredEventsOfABatch() {
        // Given
        JsonObject batch = JetstreamHttp.object(SIM.http().send("GET", "/3/events/100?Device=Garage-2"));

        // When
        SIM.http().send("DELETE", "/3/events", batchId(batch));

        // Then
        assertThat(SIM.sim().pendingEvents()).extracting(event -> event.getString("Device")).containsExactly("Lobby-1");
    }

    private static List<String> types(JsonObject batch) {
        return batch.getJsonArray("Events").stream().map(event -> ((JsonObject) event).getString("Type")).toList();
    }

    private static String batchId(JsonObject batch) {
        return new JsonObject().put("BatchId", batch.getString("BatchId")).encode();
    }

    private static String eventIds(int count) {
        JsonArray ids = new JsonArray();
        IntStream.range(0, count).forEach(i -> ids.add(UUID.randomUUID().toString()));
        return new JsonObject().put("EventIds", ids).encode();
    }
}
