package io.credsync.simulator.seam;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.events.SeamEvent;
import io.credsync.simulator.seam.workspace.SyncState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AcsCredentialApiTest extends EmbeddedSeamTest {

    private AcsSystemFixture hq;
    private String userId;

    @BeforeEach
    void workspace() {
        seam.syncDelay(Duration.ofMillis(100));
        hq = seam.addAcsSystem("HQ", List.of("Main door"), List.of("Staff"));
        userId = http.createUser(hq.acsSystemId(), "Jane Doe");
    }

    @Test
    void shouldCreateACredentialThatIsNotYetSyncedWithTheProvider() {
        // Given
        seam.syncDelay(Duration.ofHours(1));
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/create", new JsonObject()
                .put("acs_user_id", userId)
                .put("access_method", "code")
                .put("code", "1234")
                .put("allowed_acs_entrance_ids", new JsonArray().add(hq.entranceId("Main door"))));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getBoolean("ok")).isTrue();
        JsonObject credential = reply.json().getJsonObject("acs_credential");
        assertThat(credential.getString("acs_credential_id")).matches("[0-9a-f-]{36}");
        assertThat(credential.getString("acs_user_id")).isEqualTo(userId);
        assertThat(credential.getString("acs_system_id")).isEqualTo(hq.acsSystemId());
        assertThat(credential.getString("workspace_id")).isEqualTo(seam.workspaceId());
        assertThat(credential.getString("connected_account_id")).isEqualTo(seam.connectedAccountId());
        assertThat(credential.getString("access_method")).isEqualTo("code");
        assertThat(credential.getString("code")).isEqualTo("1234");
        assertThat(credential.getString("external_type")).isEqualTo("pti_card");
        assertThat(credential.getBoolean("is_managed")).isTrue();
        assertThat(credential.getBoolean("is_latest_desired_state_synced_with_provider")).isFalse();
        assertThat(credential.getValue("latest_desired_state_synced_with_provider_at")).isNull();
        assertThat(credential.getJsonArray("errors")).isEmpty();
        assertThat(warningCodes(credential)).containsExactly("waiting_to_be_issued");
    }

    @Test
    void shouldMarkTheCredentialSyncedAndSendIssuedAfterTheDelay() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonObject credential = http.getCredential(id).getJsonObject("acs_credential");
            assertThat(credential.getBoolean("is_latest_desired_state_synced_with_provider")).isTrue();
            assertThat(credential.getString("latest_desired_state_synced_with_provider_at")).isNotNull();
            assertThat(credential.getJsonArray("warnings")).isEmpty();
        });
        assertThat(eventTypesOf(id)).containsExactly("acs_credential.issued");
    }

    @Test
    void shouldChangeOnlyCodeAndEndsAtOnUpdate() {
        // Given
        Instant startsAt = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant endsAt = startsAt.plus(1, ChronoUnit.DAYS);
        String id = http.post("/acs/credentials/create", new JsonObject()
                .put("acs_user_id", userId).put("access_method", "code").put("code", "1234")
                .put("starts_at", startsAt.toString()).put("ends_at", endsAt.toString()))
                .json().getJsonObject("acs_credential").getString("acs_credential_id");
        awaitSynced(id);
        // When
        SeamHttp.Reply reply = http.patch("/acs/credentials/update", new JsonObject()
                .put("acs_credential_id", id)
                .put("code", "5678")
                .put("ends_at", endsAt.plus(1, ChronoUnit.DAYS).toString())
                .put("starts_at", startsAt.plus(2, ChronoUnit.HOURS).toString())
                .put("access_method", "card"));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        JsonObject credential = reply.json().getJsonObject("acs_credential");
        assertThat(credential.getString("code")).isEqualTo("5678");
        assertThat(Instant.parse(credential.getString("ends_at"))).isEqualTo(endsAt.plus(1, ChronoUnit.DAYS));
        assertThat(Instant.parse(credential.getString("starts_at"))).isEqualTo(startsAt);
        assertThat(credential.getString("access_method")).isEqualTo("code");
        assertThat(credential.getBoolean("is_latest_desired_state_synced_with_provider")).isFalse();
        awaitSynced(id);
        assertThat(eventTypesOf(id)).containsExactly("acs_credential.issued", "acs_credential.reissued");
    }

    @Test
    void shouldAcceptUpdateAsPostToo() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/update",
                new JsonObject().put("acs_credential_id", id).put("code", "4321"));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonObject("acs_credential").getString("code")).isEqualTo("4321");
    }

    @Test
    void shouldRejectFieldsUpdateCannotChangeWhenUnknownFieldsAreRefused() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        seam.rejectUnknownFields(true);
        // When
        SeamHttp.Reply reply = http.patch("/acs/credentials/update", new JsonObject()
                .put("acs_credential_id", id).put("starts_at", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        // Then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().getString("type")).isEqualTo("invalid_input");
        assertThat(reply.validationErrors().getJsonArray("_errors"))
                .containsExactly("Unrecognized key(s) in object: 'starts_at'");
        assertThat(seam.credential(id).orElseThrow().startsAt()).isNull();
    }

    @Test
    void shouldDeleteOnlyOnceTheProviderConfirms() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        awaitSynced(id);
        seam.syncDelay(Duration.ofMillis(300));
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/delete", new JsonObject().put("acs_credential_id", id));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().encode()).isEqualTo("{\"ok\":true}");
        JsonObject deleting = http.getCredential(id).getJsonObject("acs_credential");
        assertThat(warningCodes(deleting)).containsExactly("being_deleted");
        assertThat(deleting.getBoolean("is_latest_desired_state_synced_with_provider")).isFalse();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(eventTypesOf(id))
                .containsExactly("acs_credential.issued", "acs_credential.deleted"));
        SeamHttp.Reply gone = http.post("/acs/credentials/get", new JsonObject().put("acs_credential_id", id));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.error().getString("type")).isEqualTo("acs_credential_not_found");
        assertThat(seam.credential(id).orElseThrow().deleted()).isTrue();
    }

    @Test
    void shouldEndWithAnErrorWhenTheAccessSystemFails() {
        // Given
        seam.failSystem(hq.acsSystemId());
        // When
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonObject credential = http.getCredential(id).getJsonObject("acs_credential");
            assertThat(credential.getJsonArray("errors").getJsonObject(0).getString("error_code"))
                    .isEqualTo("failed_to_create_on_acs_system");
            assertThat(credential.getJsonArray("warnings")).isEmpty();
            assertThat(credential.getBoolean("is_latest_desired_state_synced_with_provider")).isFalse();
        });
        assertThat(seam.credential(id).orElseThrow().state()).isEqualTo(SyncState.FAILED);
        assertThat(eventTypesOf(id)).isEmpty();
    }

    @Test
    void shouldListTheCredentialsOfOneUser() {
        // Given
        String otherUserId = http.createUser(hq.acsSystemId(), "John Roe");
        String mine = http.createCode(userId, "1111").getString("acs_credential_id");
        http.createCode(otherUserId, "2222");
        // When
        SeamHttp.Reply reply = http.post("/acs/credentials/list", new JsonObject().put("acs_user_id", userId));
        // Then
        JsonArray credentials = reply.json().getJsonArray("acs_credentials");
        assertThat(credentials).hasSize(1);
        assertThat(credentials.getJsonObject(0).getString("acs_credential_id")).isEqualTo(mine);
        assertThat(reply.json().getJsonObject("pagination").getBoolean("has_next_page")).isFalse();
    }

    @Test
    void shouldPageThroughALongList() {
        // Given
        for (int i = 0; i < 3; i++) {
            http.createCode(userId, "100" + i);
        }
        // When
        JsonObject first = http.post("/acs/credentials/list",
                new JsonObject().put("acs_system_id", hq.acsSystemId()).put("limit", 2)).json();
        JsonObject second = http.post("/acs/credentials/list", new JsonObject()
                .put("acs_system_id", hq.acsSystemId()).put("limit", 2)
                .put("page_cursor", first.getJsonObject("pagination").getString("next_page_cursor"))).json();
        // Then
        assertThat(first.getJsonArray("acs_credentials")).hasSize(2);
        assertThat(first.getJsonObject("pagination").getString("next_page_url")).contains("/acs/credentials/list");
        assertThat(second.getJsonArray("acs_credentials")).hasSize(1);
        assertThat(second.getJsonObject("pagination").getBoolean("has_next_page")).isFalse();
    }

    @Test
    void shouldMoveAStartInThePastToNowWithAWarning() {
        // When
        JsonObject credential = http.post("/acs/credentials/create", new JsonObject()
                .put("acs_user_id", userId).put("access_method", "code").put("code", "1234")
                .put("starts_at", Instant.now().minus(1, ChronoUnit.HOURS).toString()))
                .json().getJsonObject("acs_credential");
        // Then
        assertThat(Instant.parse(credential.getString("starts_at"))).isAfter(Instant.now().minusSeconds(60));
        assertThat(warningCodes(credential)).contains("schedule_modified", "waiting_to_be_issued");
    }

    @Test
    void shouldIssueACardWithACardNumber() {
        // Given
        String id = http.post("/acs/credentials/create",
                new JsonObject().put("acs_user_id", userId).put("access_method", "card"))
                .json().getJsonObject("acs_credential").getString("acs_credential_id");
        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonObject card = http.getCredential(id).getJsonObject("acs_credential");
            assertThat(card.getBoolean("is_issued")).isTrue();
            assertThat(card.getString("card_number")).isNotBlank();
            assertThat(card.getValue("code")).isNull();
        });
    }

    @Test
    void shouldAssignAndUnassignACredential() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        String otherUserId = http.createUser(hq.acsSystemId(), "John Roe");
        // When
        SeamHttp.Reply assigned = http.post("/acs/credentials/assign",
                new JsonObject().put("acs_credential_id", id).put("acs_user_id", otherUserId));
        SeamHttp.Reply unassigned = http.post("/acs/credentials/unassign",
                new JsonObject().put("acs_credential_id", id).put("acs_user_id", otherUserId));
        // Then
        assertThat(assigned.json().getJsonObject("acs_credential").getString("acs_user_id")).isEqualTo(otherUserId);
        assertThat(unassigned.json().getJsonObject("acs_credential").containsKey("acs_user_id")).isFalse();
    }

    @Test
    void shouldSendInvalidatedWhenTheAccessSystemInvalidatesACredential() {
        // Given
        String id = http.createCode(userId, "1234").getString("acs_credential_id");
        // When
        seam.invalidateCredential(id);
        // Then
        assertThat(eventTypesOf(id)).contains("acs_credential.invalidated");
    }

    private static void awaitSynced(String id) {
        await().atMost(Duration.ofSeconds(5)).until(() -> http.getCredential(id).getJsonObject("acs_credential")
                .getBoolean("is_latest_desired_state_synced_with_provider"));
    }

    private static List<String> eventTypesOf(String acsCredentialId) {
        return seam.events().stream()
                .filter(e -> acsCredentialId.equals(e.json().getString("acs_credential_id")))
                .map(SeamEvent::eventType)
                .toList();
    }

    private static List<String> warningCodes(JsonObject credential) {
        return credential.getJsonArray("warnings").stream()
                .map(w -> ((JsonObject) w).getString("warning_code"))
                .toList();
    }
}
