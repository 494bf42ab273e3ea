package io.credsync.simulator.seam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventsListTest extends EmbeddedSeamTest {

    private static final String SINCE_EVER = "2000-01-01T00:00:00Z";

    private AcsSystemFixture hq;
    private AcsSystemFixture branch;

    @BeforeEach
    void workspace() {
        seam.syncDelay(Duration.ofHours(1));
        hq = seam.addAcsSystem("HQ");
        branch = seam.addAcsSystem("Branch");
    }

    @Test
    void shouldRequireSinceOrBetween() {
        // When
        SeamHttp.Reply reply = http.post("/events/list", new JsonObject());
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().getString("type")).isEqualTo("invalid_input");
        assertThat(reply.error().getString("message")).isEqualTo("Must specify either since or between");
    }

    @Test
    void shouldListEventsSinceATimeInTheOrderTheyOccurred() {
        // Given
        String first = http.createUser(hq.acsSystemId(), "First");
        String second = http.createUser(branch.acsSystemId(), "Second");
        // When
        JsonArray events = events(new JsonObject().put("since", SINCE_EVER));
        // Then
        assertThat(events).hasSize(2);
        assertThat(events.getJsonObject(0).getString("acs_user_id")).isEqualTo(first);
        assertThat(events.getJsonObject(1).getString("acs_user_id")).isEqualTo(second);
        JsonObject event = events.getJsonObject(0);
        assertThat(event.fieldNames()).contains("event_id", "event_type", "workspace_id", "created_at",
                "occurred_at", "acs_system_id", "connected_account_id", "acs_user_id");
        assertThat(event.getString("workspace_id")).isEqualTo(seam.workspaceId());
    }

    @Test
    void shouldLeaveOutEventsBeforeSince() {
        // Given
        http.createUser(hq.acsSystemId(), "Before");
        Instant since = seam.events().get(0).occurredAt().plusMillis(1);
        await().until(() -> Instant.now().isAfter(since));
        String after = http.createUser(hq.acsSystemId(), "After");
        // When
        JsonArray events = events(new JsonObject().put("since", since.toString()));
        // Then
        assertThat(events).hasSize(1);
        assertThat(events.getJsonObject(0).getString("acs_user_id")).isEqualTo(after);
    }

    @Test
    void shouldListEventsBetweenTwoTimes() {
        // Given
        http.createUser(hq.acsSystemId(), "Inside");
        // When
        JsonArray inside = events(new JsonObject().put("between",
                new JsonArray().add(SINCE_EVER).add(Instant.now().plusSeconds(60).toString())));
        JsonArray outside = events(new JsonObject().put("between",
                new JsonArray().add(SINCE_EVER).add("2001-01-01T00:00:00Z")));
        // Then
        assertThat(inside).hasSize(1);
        assertThat(outside).isEmpty();
    }

    @Test
    void shouldFilterByEventTypeAndAccessSystem() {
        // Given
        seam.syncDelay(Duration.ZERO);
        String userId = http.createUser(hq.acsSystemId(), "Jane Doe");
        http.createUser(branch.acsSystemId(), "John Roe");
        String credentialId = http.createCode(userId, "1234").getString("acs_credential_id");
        await().until(() -> seam.events().size() == 3);
        // When
        JsonArray events = events(new JsonObject().put("since", SINCE_EVER)
                .put("event_types", new JsonArray().add("acs_credential.issued").add("acs_user.created"))
                .put("acs_system_ids", new JsonArray().add(hq.acsSystemId())));
        // Then
        assertThat(events.stream().map(e -> ((JsonObject) e).getString("event_type")).toList())
                .containsExactly("acs_user.created", "acs_credential.issued");
        assertThat(events.getJsonObject(1).getString("acs_credential_id")).isEqualTo(credentialId);
    }

    @Test
    void shouldRejectAnEventTypeSeamDoesNotHave() {
        // When
        SeamHttp.Reply reply = http.post("/events/list", new JsonObject().put("since", SINCE_EVER)
                .put("event_types", new JsonArray().add("acs_credential.exploded")));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.validationErrors().getJsonObject("event_types").getJsonObject("0")
                .getJsonArray("_errors").getString(0)).startsWith("Invalid enum value.");
    }

    @Test
    void shouldHonourTheLimit() {
        // Given
        List.of("A", "B", "C").forEach(name -> http.createUser(hq.acsSystemId(), name));
        // When
        JsonArray events = events(new JsonObject().put("since", SINCE_EVER).put("limit", 2));
        // Then
        assertThat(events).hasSize(2);
    }

    private static JsonArray events(JsonObject query) {
        SeamHttp.Reply reply = http.post("/events/list", query);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().getJsonArray("events");
    }
}
