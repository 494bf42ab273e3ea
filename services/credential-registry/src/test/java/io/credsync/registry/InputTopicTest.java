package io.credsync.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class InputTopicTest {

    /** The same dev key the test profile configures: a producer seals values with it. */
    private static final ValueCipher PRODUCER_CIPHER = new ValueCipher(
            KeyRing.parse("dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=", "dev"));

    private RegistryFixture fx;

    @BeforeEach
    void givenATenantWithTargets() {
        fx = new RegistryFixture().withVendors();
    }

    @Test
    void shouldApplyAChangeFromTheInputTopicAndFanOutOneEncryptedCommandPerTarget() {
        // Given
        var change = upsert("badge-k1", "04A1B2C3D4F1", "lobby", "garage");
        // When
        send(change);
        // Then the credential exists at version 1
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> credential("badge-k1").statusCode(200)
                .extract().path("version").equals(1));
        // And each device got a command keyed by its target id, sealed, never with the clear pass
        var commands = TopicProbe.readUntil(Topics.commands(Vendor.JETSTREAM),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(fx.tenant),
                found -> found.size() >= 2, Duration.ofSeconds(20));
        assertThat(commands).extracting(r -> r.key()).containsExactlyInAnyOrder("lobby", "garage");
        for (var record : commands) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("04A1B2C3D4F1");
            var command = Json.read(record.value(), SyncCommand.class);
            assertThat(command.version()).isEqualTo(1);
            assertThat(command.desired().presence()).isEqualTo(Presence.PRESENT);
            assertThat(command.priority()).isEqualTo(CommandPriority.NORMAL);
            assertThat(command.target().address()).isIn("Lobby-Reader-1", "Garage-Reader-2");
        }
    }

    @Test
    void shouldIgnoreARedeliveredEvent() {
        // Given the same event delivered twice, then a newer one
        var first = upsert("badge-k2", "04A1B2C3D4F2", "lobby");
        send(first);
        send(first);
        send(upsert("badge-k2", "04A1B2C3D4F3", "lobby"));
        // Then only two versions exist
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                credential("badge-k2").statusCode(200).extract().<Integer>path("version")).isEqualTo(2));
        var commands = TopicProbe.readUntil(Topics.commands(Vendor.JETSTREAM),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(fx.tenant),
                found -> found.size() >= 2, Duration.ofSeconds(20));
        assertThat(commands).extracting(r -> Json.read(r.value(), SyncCommand.class).version())
                .containsExactly(1L, 2L);
    }

    @Test
    void shouldDeadLetterBadInputWithTheReasonAndKeepConsuming() {
        // Given malformed JSON, a broken envelope and a 6-digit PIN for IntServ, then a good change
        String marker = UUID.randomUUID().toString();
        TopicProbe.send(Topics.CREDENTIAL_CHANGES, fx.tenant + "/junk", ("{\"tenant\":\"" + marker)
                .getBytes(StandardCharsets.UTF_8));
        var forged = upsert("badge-k3", "04A1B2C3D4F4", "lobby");
        var tampered = new CredentialChange(forged.eventId(), fx.tenant, "emp", "badge-k3", ChangeOperation.UPSERT,
                forged.holder(), CredentialKind.CARD, new io.credsync.model.crypto.EncryptedValue("dev",
                        forged.value().iv(), forged.value().ciphertext()),
                null, null, forged.grants(), null);
        send(new CredentialChange(tampered.eventId(), tampered.tenant(), tampered.externalHolderId(), "badge-k3-moved",
                tampered.operation(), tampered.holder(), tampered.kind(), tampered.value(), null, null,
                tampered.grants(), null));
        var pin = new CredentialChange(UUID.randomUUID(), fx.tenant, "emp", "pin-k3", ChangeOperation.UPSERT,
                new HolderDetails("Ada", null, null, null), CredentialKind.PIN,
                PRODUCER_CIPHER.encrypt(SecretValue.of("123456"), new io.credsync.model.crypto.EnvelopeContext(
                        fx.tenant, "pin-k3")),
                null, null,
                List.of(new Grant("office", new GrantParameters.IntServ(List.of(RegistryFixture.LEVEL)))), null);
        send(pin);
        send(upsert("badge-k4", "04A1B2C3D4F5", "lobby"));
        // Then the good change is applied
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> credential("badge-k4").statusCode(200));
        // And the three bad ones are on the DLQ with reasons, none of them quoting the PIN
        var dead = TopicProbe.readUntil(Topics.CREDENTIAL_CHANGES_DLQ,
                r -> r.key() != null && r.key().startsWith(fx.tenant + "/"), found -> found.size() >= 3,
                Duration.ofSeconds(20));
        var reasons = dead.stream().map(r -> TopicProbe.header(r, "dead-letter-reason")).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("not a valid CredentialChange"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("value.envelope"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("intserv.pin.four_digits").contains("office"));
        assertThat(reasons).allSatisfy(r -> assertThat(r).doesNotContain("123456"));
        credential("badge-k3-moved").statusCode(404);
        credential("pin-k3").statusCode(404);
    }

    @Test
    void shouldDeadLetterWhatTheRestApiRefusesUnderTheSameRules() {
        // Given changes REST answers 422 to: a NUL in the holder name, a grant without target, a card on Seam
        var nul = upsert("badge-k5", "04A1B2C3D4F6", "lobby");
        send(new CredentialChange(nul.eventId(), nul.tenant(), nul.externalHolderId(), nul.externalCredentialId(),
                nul.operation(), new HolderDetails("Ada\u0000Lovelace", null, null, null), nul.kind(), nul.value(),
                null, null, nul.grants(), null));
        var untargeted = upsert("badge-k6", "04A1B2C3D4F7");
        send(new CredentialChange(untargeted.eventId(), untargeted.tenant(), untargeted.externalHolderId(),
                untargeted.externalCredentialId(), untargeted.operation(), untargeted.holder(), untargeted.kind(),
                untargeted.value(), null, null, List.of(new Grant(null, new GrantParameters.Jetstream())), null));
        var onSeam = upsert("badge-k7", "04A1B2C3D4F8");
        send(new CredentialChange(onSeam.eventId(), onSeam.tenant(), onSeam.externalHolderId(),
                onSeam.externalCredentialId(), onSeam.operation(), onSeam.holder(), onSeam.kind(), onSeam.value(),
                null, null, List.of(new Grant("hq", new GrantParameters.Seam(List.of(), List.of()))), null));
        // Then each is dead-lettered naming the rule, and nothing was written
        var dead = TopicProbe.readUntil(Topics.CREDENTIAL_CHANGES_DLQ,
                r -> r.key() != null && r.key().startsWith(fx.tenant + "/badge-k"), found -> found.size() >= 3,
                Duration.ofSeconds(20));
        var reasons = dead.stream().map(r -> TopicProbe.header(r, "dead-letter-reason")).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("holder.full_name").contains("text.characters"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("change.grant.target_id.required"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("seam.card.unsupported"));
        for (String id : List.of("badge-k5", "badge-k6", "badge-k7")) {
            credential(id).statusCode(404);
        }
    }

    private CredentialChange upsert(String credentialId, String pass, String... targets) {
        var sealed = PRODUCER_CIPHER.encrypt(SecretValue.of(pass),
                new io.credsync.model.crypto.EnvelopeContext(fx.tenant, credentialId));
        return new CredentialChange(UUID.randomUUID(), fx.tenant, "emp-" + credentialId, credentialId,
                ChangeOperation.UPSERT, new HolderDetails("Ada Lovelace", null, null, null), CredentialKind.CARD,
                sealed, null, null, java.util.Arrays.stream(targets)
                        .map(t -> new Grant(t, new GrantParameters.Jetstream())).toList(),
                Instant.now());
    }

    private static void send(CredentialChange change) {
        TopicProbe.send(Topics.CREDENTIAL_CHANGES, change.partitionKey(), Json.write(change));
    }

    private ValidatableResponse credential(String id) {
        return fx.api().get("/v1/credentials/" + id).then();
    }

}
