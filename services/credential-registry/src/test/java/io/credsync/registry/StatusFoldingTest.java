package io.credsync.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.model.status.SyncStatusChanged;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.registry.RegistryFixture.card;
import static io.credsync.registry.RegistryFixture.jetstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class StatusFoldingTest {

    private RegistryFixture fx;
    private UUID credentialId;

    @BeforeEach
    void givenACredentialOnTwoDevices() {
        fx = new RegistryFixture().withVendors();
        String id = fx.api().body(card("emp-s", "04A1B2C3D4A1", List.of(jetstream("lobby"), jetstream("garage"))))
                .put("/v1/credentials/badge-s").then().statusCode(201).extract().path("id");
        credentialId = UUID.fromString(id);
    }

    @Test
    void shouldMarkATargetSyncedWhenItsCommandIsApplied() {
        // Given
        var commands = Commands.await(Vendor.JETSTREAM, fx.tenant, credentialId, 2);
        var lobby = commands.stream().filter(c -> c.targetId().equals("lobby")).findFirst().orElseThrow();
        // When
        publish(outcome(lobby, SyncPhase.APPLIED, Map.of("jetstream.command_id", "c-1")));
        // Then
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> fx.api().get("/v1/credentials/badge-s/status")
                .then().statusCode(200)
                .body("targets.find { it.target_id == 'lobby' }.state", equalTo("synced"))
                .body("targets.find { it.target_id == 'lobby' }.observed_version", equalTo(1))
                .body("targets.find { it.target_id == 'lobby' }.vendor_refs.'jetstream.command_id'", equalTo("c-1"))
                .body("targets.find { it.target_id == 'garage' }.state", equalTo("pending"))
                .body("synced_everywhere", equalTo(false)));
    }

    @Test
    void shouldNeverMoveAStatusBackwards() {
        var commands = Commands.await(Vendor.JETSTREAM, fx.tenant, credentialId, 2);
        var lobby = commands.stream().filter(c -> c.targetId().equals("lobby")).findFirst().orElseThrow();
        var applied = outcome(lobby, SyncPhase.APPLIED, Map.of());
        // Given applied, then a late "accepted", a late "retrying" and the applied event again
        publish(applied);
        publish(outcome(lobby, SyncPhase.ACCEPTED, Map.of()));
        publish(outcome(lobby, SyncPhase.RETRYING, Map.of()));
        publish(applied);
        // And a newer version whose outcome for the old version arrives afterwards
        fx.api().body(card("emp-s", "04A1B2C3D4A2", List.of(jetstream("lobby"), jetstream("garage"))))
                .put("/v1/credentials/badge-s").then().statusCode(200).body("version", equalTo(2));
        publish(outcome(lobby, SyncPhase.FAILED, Map.of()));
        // Then lobby stays observed at 1 and waits for 2, without an error from version 1
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> fx.api().get("/v1/credentials/badge-s/status")
                .then().statusCode(200)
                .body("targets.find { it.target_id == 'lobby' }.desired_version", equalTo(2))
                .body("targets.find { it.target_id == 'lobby' }.observed_version", equalTo(1))
                .body("targets.find { it.target_id == 'lobby' }.state", equalTo("pending")));
        fx.api().get("/v1/credentials/badge-s/status").then()
                .body("targets.find { it.target_id == 'lobby' }.last_error", equalTo(null));
    }

    @Test
    void shouldRecordTheVendorsMessageWhenATargetFails() {
        var commands = Commands.await(Vendor.JETSTREAM, fx.tenant, credentialId, 2);
        var garage = commands.stream().filter(c -> c.targetId().equals("garage")).findFirst().orElseThrow();
        publish(new SyncOutcome(UUID.randomUUID(), garage.commandId(), fx.tenant, credentialId, "garage", 1,
                SyncPhase.FAILED, null, Map.of(), "CommandTimedOut", "Command timed out after 1440 minutes",
                "event-ingest", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> fx.api().get("/v1/sync-status?state=failed")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].target_id", equalTo("garage"))
                .body("[0].last_error.code", equalTo("CommandTimedOut"))
                .body("[0].last_error.message", equalTo("Command timed out after 1440 minutes")));
    }

    @Test
    void shouldPublishStatusChangesAndAnswerALongPollOnceSyncedEverywhere() {
        var commands = Commands.await(Vendor.JETSTREAM, fx.tenant, credentialId, 2);
        // When both devices apply (the long poll is already waiting)
        new Thread(() -> commands.forEach(c -> publish(outcome(c, SyncPhase.APPLIED, Map.of())))).start();
        // Then the long poll answers synced everywhere
        fx.api().get("/v1/credentials/badge-s/status?wait_for_version=1&timeout=PT15S")
                .then().statusCode(200)
                .body("synced_everywhere", equalTo(true));
        // And the compacted status topic's latest record per target says so
        var records = TopicProbe.readUntil(Topics.SYNC_STATUS, r -> r.key().startsWith(credentialId.toString()),
                found -> found.stream().map(r -> Json.read(r.value(), SyncStatusChanged.class))
                        .anyMatch(SyncStatusChanged::credentialSyncedEverywhere),
                Duration.ofSeconds(15));
        assertThat(records).extracting(r -> r.key())
                .contains(SyncStatusChanged.key(credentialId, "lobby"), SyncStatusChanged.key(credentialId, "garage"));
    }

    /**
     * Found by the bench: the outcome folder and the input both rewrite a credential's status rows; a fold of version
     * 1's outcome that read the rows before a revocation committed wrote {@code desired_version} 1 back, so the status
     * said synced while the vendors were told to delete. Many credentials make the interleaving near certain.
     */
    @Test
    void shouldKeepARevocationsDesiredVersionWhenTheOldVersionsOutcomeIsFoldedAtTheSameTime() throws Exception {
        int count = 40;
        var ids = new java.util.ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            String id = fx.api().body(card("emp-r" + i, String.format("04A1B2C3%04X", i), List.of(jetstream(
                    "lobby"), jetstream("garage")))).put("/v1/credentials/race-" + i).then().statusCode(201)
                    .extract().path("id");
            ids.add(UUID.fromString(id));
        }
        var commands = new java.util.ArrayList<SyncCommand>();
        for (var id : ids) {
            commands.addAll(Commands.await(Vendor.JETSTREAM, fx.tenant, id, 2));
        }
        // When version 1's outcomes are folded while every credential is revoked
        var folding = new Thread(() -> commands.forEach(c -> publish(outcome(c, SyncPhase.APPLIED, Map.of()))));
        folding.start();
        for (int i = 0; i < count; i++) {
            fx.api().post("/v1/credentials/race-" + i + "/revoke").then().statusCode(200);
        }
        folding.join();
        // Then every target wants version 2 (absent), whatever order the two writers ran in
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < count; i++) {
                fx.api().get("/v1/credentials/race-" + i + "/status").then().statusCode(200)
                        .body("targets.find { it.target_id == 'lobby' }.desired_version", equalTo(2))
                        .body("targets.find { it.target_id == 'garage' }.desired_version", equalTo(2))
                        .body("targets.find { it.target_id == 'lobby' }.desired_presence", equalTo("absent"));
            }
        });
    }

    private SyncOutcome outcome(SyncCommand command, SyncPhase phase, Map<String, String> refs) {
        return new SyncOutcome(UUID.randomUUID(), command.commandId(), command.tenant(), command.credentialId(),
                command.targetId(), command.version(), phase, null, refs, null, null, "test", Instant.now());
    }

    private static void publish(SyncOutcome outcome) {
        TopicProbe.send(Topics.SYNC_OUTCOMES, outcome.partitionKey(), Json.write(outcome));
    }
}
