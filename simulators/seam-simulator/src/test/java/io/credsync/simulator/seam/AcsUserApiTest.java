package io.credsync.simulator.seam;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.events.SeamEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AcsUserApiTest extends EmbeddedSeamTest {

    private AcsSystemFixture hq;

    @BeforeEach
    void workspace() {
        seam.syncDelay(Duration.ofMillis(50));
        hq = seam.addAcsSystem("HQ", List.of("Main door", "Lab"), List.of("Staff", "Visitors"));
    }

    @Test
    void shouldCreateAUserAndSendUserCreated() {
        // Given
        Instant endsAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        // When
        SeamHttp.Reply reply = http.post("/acs/users/create", new JsonObject()
                .put("acs_system_id", hq.acsSystemId())
                .put("full_name", "Jane Doe")
                .put("email_address", "jane@example.com")
                .put("access_schedule", new JsonObject().put("starts_at", Instant.now().toString())
                        .put("ends_at", endsAt.toString())));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        JsonObject user = reply.json().getJsonObject("acs_user");
        assertThat(user.getString("full_name")).isEqualTo("Jane Doe");
        assertThat(user.getString("display_name")).isEqualTo("Jane Doe");
        assertThat(user.getString("email_address")).isEqualTo("jane@example.com");
        assertThat(user.getBoolean("is_suspended")).isFalse();
        assertThat(Instant.parse(user.getJsonObject("access_schedule").getString("ends_at"))).isEqualTo(endsAt);
        assertThat(user.getJsonArray("pending_mutations").getJsonObject(0).getString("mutation_code"))
                .isEqualTo("creating");
        assertThat(eventTypesOf(user.getString("acs_user_id"))).containsExactly("acs_user.created");
    }

    @Test
    void shouldListTheUsersOfOneSystem() {
        // Given
        AcsSystemFixture branch = seam.addAcsSystem("Branch");
        String mine = http.createUser(hq.acsSystemId(), "Jane Doe");
        http.createUser(branch.acsSystemId(), "John Roe");
        // When
        JsonArray users = http.post("/acs/users/list", new JsonObject().put("acs_system_id", hq.acsSystemId()))
                .json().getJsonArray("acs_users");
        // Then
        assertThat(users).hasSize(1);
        assertThat(users.getJsonObject(0).getString("acs_user_id")).isEqualTo(mine);
    }

    @Test
    void shouldSuspendAndUnsuspendAUser() {
        // Given
        String id = http.createUser(hq.acsSystemId(), "Jane Doe");
        // When
        http.post("/acs/users/suspend", new JsonObject().put("acs_user_id", id));
        boolean suspended = user(id).getBoolean("is_suspended");
        http.post("/acs/users/unsuspend", new JsonObject().put("acs_user_id", id));
        // Then
        assertThat(suspended).isTrue();
        assertThat(user(id).getBoolean("is_suspended")).isFalse();
    }

    @Test
    void shouldAddAndRemoveAccessGroupMembership() {
        // Given
        String id = http.createUser(hq.acsSystemId(), "Jane Doe");
        String staff = hq.accessGroupId("Staff");
        // When
        http.post("/acs/users/add_to_access_group",
                new JsonObject().put("acs_user_id", id).put("acs_access_group_id", staff));
        JsonArray groupsAfterAdd = accessGroupsOf(id);
        http.post("/acs/users/remove_from_access_group",
                new JsonObject().put("acs_user_id", id).put("acs_access_group_id", staff));
        // Then
        assertThat(groupsAfterAdd).hasSize(1);
        assertThat(groupsAfterAdd.getJsonObject(0).getString("name")).isEqualTo("Staff");
        assertThat(accessGroupsOf(id)).isEmpty();
    }

    @Test
    void shouldUpdateTheUsersName() {
        // Given
        String id = http.createUser(hq.acsSystemId(), "Jane Doe");
        // When
        SeamHttp.Reply reply = http.patch("/acs/users/update",
                new JsonObject().put("acs_user_id", id).put("full_name", "Jane Smith"));
        // Then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(user(id).getString("full_name")).isEqualTo("Jane Smith");
    }

    @Test
    void shouldDeleteAUserWithItsCredentials() {
        // Given
        String id = http.createUser(hq.acsSystemId(), "Jane Doe");
        String credentialId = http.createCode(id, "1234").getString("acs_credential_id");
        // When
        http.post("/acs/users/delete", new JsonObject().put("acs_user_id", id));
        // Then
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(http.post("/acs/users/get", new JsonObject().put("acs_user_id", id)).status()).isEqualTo(404);
            assertThat(eventTypesOf(id)).containsExactly("acs_user.created", "acs_user.deleted");
            assertThat(seam.credential(credentialId).orElseThrow().deleted()).isTrue();
        });
    }

    @Test
    void shouldDescribeTheAccessSystemItsEntrancesAndGroups() {
        // When
        JsonObject system = http.post("/acs/systems/get", new JsonObject().put("acs_system_id", hq.acsSystemId()))
                .json().getJsonObject("acs_system");
        JsonArray entrances = http.post("/acs/entrances/list",
                new JsonObject().put("acs_system_id", hq.acsSystemId())).json().getJsonArray("acs_entrances");
        JsonObject group = http.post("/acs/access_groups/get",
                new JsonObject().put("acs_access_group_id", hq.accessGroupId("Visitors")))
                .json().getJsonObject("acs_access_group");
        // Then
        assertThat(system.getString("name")).isEqualTo("HQ");
        assertThat(system.getString("connected_account_id")).isEqualTo(seam.connectedAccountId());
        assertThat(entrances).hasSize(2);
        assertThat(group.getString("acs_system_id")).isEqualTo(hq.acsSystemId());
    }

    private static JsonObject user(String id) {
        return http.post("/acs/users/get", new JsonObject().put("acs_user_id", id)).json().getJsonObject("acs_user");
    }

    private static JsonArray accessGroupsOf(String id) {
        return http.post("/acs/access_groups/list", new JsonObject().put("acs_user_id", id))
                .json().getJsonArray("acs_access_groups");
    }

    private static List<String> eventTypesOf(String acsUserId) {
        return seam.events().stream()
                .filter(e -> acsUserId.equals(e.json().getString("acs_user_id")))
                .map(SeamEvent::eventType)
                .toList();
    }
}
