package io.credsync.vendor.intserv.dispatch;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.intserv.IntServPaths;
import io.credsync.simulator.intserv.IntServSimulator;
import io.credsync.simulator.intserv.StoredKey;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.testsupport.dispatch.TestConnection;
import io.credsync.vendor.intserv.dispatch.IntServCommands.Key;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static io.credsync.vendor.intserv.dispatch.IntServCommands.holder;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(IntServSimulatorResource.class)
class IntServDispatcherTest {

    private static final Instant FROM = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T08:00:00Z");

    private String tenant;
    private IntServSimulator sim;
    private String system;
    private String level;

    @BeforeEach
    void givenAFreshTenantWithAnAccessSystem() {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        sim = IntServSimulatorResource.simulator;
        system = tenant + "-main";
        level = sim.system(system);
    }

    @Test
    void shouldCreateTheKeyForANewPersonAndReportItAcceptedWithItsRefs() {
        // Given
        var credential = UUID.randomUUID();
        var command = IntServCommands.present(tenant, credential, system, 1, Key.card(card(), holder("Ada",
                "Lovelace"), level).during(new ValidityWindow(FROM, TO)));
        // When
        IntServCommands.KIT.send(command);
        // Then
        var accepted = awaitPhase(command, SyncPhase.ACCEPTED);
        assertThat(accepted.source()).isEqualTo("dispatcher-intserv");
        assertThat(accepted.vendorRefs()).containsKeys("intserv.key_id", "intserv.person_id")
                .containsEntry("intserv.system_id", system)
                .containsEntry("intserv.connection_id", "intserv")
                .containsEntry("intserv.awaiting", "propagation");
        StoredKey key = sim.key(accepted.vendorRefs().get("intserv.key_id")).orElseThrow();
        assertThat(key.type()).isEqualTo("proximity");
        assertThat(key.validFrom()).isEqualTo(FROM);
        assertThat(key.validTo()).isEqualTo(TO);
        assertThat(key.accessLevels()).containsExactly(level);
        assertThat(key.pin()).isNull();
        assertThat(key.personId()).isEqualTo(accepted.vendorRefs().get("intserv.person_id"));
    }

    @Test
    void shouldGiveTheHoldersOtherKeysToTheSamePerson() {
        // Given a holder's card, accepted
        var ada = holder("Ada", "Lovelace");
        var card = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card(card(), ada, level));
        IntServCommands.KIT.send(card);
        String person = awaitPhase(card, SyncPhase.ACCEPTED).vendorRefs().get("intserv.person_id");
        int persons = sim.personCount();
        // When the holder gets a PIN
        var pin = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.pin(code(), ada, level));
        IntServCommands.KIT.send(pin);
        // Then it is a code key of the same person, and no person was created
        var accepted = awaitPhase(pin, SyncPhase.ACCEPTED);
        assertThat(accepted.vendorRefs()).containsEntry("intserv.person_id", person);
        assertThat(sim.key(accepted.vendorRefs().get("intserv.key_id")).orElseThrow().type()).isEqualTo("code");
        assertThat(sim.personCount()).isEqualTo(persons);
    }

    @Test
    void shouldCreateOnePersonForAHoldersFirstKeysSentAtOnceToTwoSystems() {
        // Given a holder's first two credentials, on two systems (two targets, dispatched side by side)
        String garageSystem = tenant + "-garage";
        String garage = sim.system(garageSystem);
        var ada = holder("Ada", "Byron");
        int persons = sim.personCount();
        var onMain = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card(card(), ada, level));
        var onGarage = IntServCommands.present(tenant, UUID.randomUUID(), garageSystem, 1, Key.card(card(), ada,
                garage));
        // When
        IntServCommands.KIT.send(onMain, onGarage);
        // Then
        String main = awaitPhase(onMain, SyncPhase.ACCEPTED).vendorRefs().get("intserv.person_id");
        assertThat(awaitPhase(onGarage, SyncPhase.ACCEPTED).vendorRefs()).containsEntry("intserv.person_id", main);
        assertThat(sim.personCount()).isEqualTo(persons + 1);
    }

    @Test
    void shouldUpdateTheSameKeyByIdForANewVersion() {
        // Given
        var credential = UUID.randomUUID();
        var key = Key.card(card(), holder("Grace", "Hopper"), level);
        var first = IntServCommands.present(tenant, credential, system, 1, key);
        IntServCommands.KIT.send(first);
        String keyId = awaitPhase(first, SyncPhase.ACCEPTED).vendorRefs().get("intserv.key_id");
        int keys = sim.keys().size();
        // When
        var second = IntServCommands.present(tenant, credential, system, 2, key.during(new ValidityWindow(FROM, TO)));
        IntServCommands.KIT.send(second);
        // Then
        assertThat(awaitPhase(second, SyncPhase.ACCEPTED).vendorRefs()).containsEntry("intserv.key_id", keyId);
        assertThat(sim.keys()).hasSize(keys);
        assertThat(sim.key(keyId).orElseThrow().validTo()).isEqualTo(TO);
    }

    @Test
    void shouldAdoptTheKeyAndPersonALostAnswerCreatedInsteadOfCreatingThemTwice() {
        // Given IntServ creates the key, then the answer is lost
        sim.faults().matching("POST", IntServPaths.ADD).next(1).timeoutAfterWrite();
        int persons = sim.personCount();
        int keys = sim.keys().size();
        var command = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card(card(), holder("Alan",
                "Turing"), level));
        // When
        IntServCommands.KIT.send(command);
        // Then the retry adopted it: one more key and one more person, not two
        var accepted = awaitPhase(command, SyncPhase.ACCEPTED);
        assertThat(sim.requestCount(IntServPaths.ADD)).isGreaterThanOrEqualTo(2);
        assertThat(sim.keys()).hasSize(keys + 1);
        assertThat(sim.personCount()).isEqualTo(persons + 1);
        assertThat(sim.key(accepted.vendorRefs().get("intserv.key_id"))).isPresent();
    }

    @Test
    void shouldRefuseAnAccessLevelIntServDoesNotHaveNamingIt() {
        // Given
        String unknown = UUID.randomUUID().toString();
        var credential = UUID.randomUUID();
        var command = IntServCommands.present(tenant, credential, system, 1, Key.card(card(), holder("Ada", "King"),
                level, unknown));
        // When
        IntServCommands.KIT.send(command);
        // Then
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("intserv.access_level.unknown");
        assertThat(failed.vendorMessage()).contains(unknown);
        assertThat(sim.keys()).noneMatch(k -> k.accessLevels().contains(level));
    }

    @Test
    void shouldRefuseALevelOfAnotherAccessSystem() {
        String garage = sim.system(tenant + "-garage");
        var command = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card(card(), holder("Ada",
                "King"), garage));
        IntServCommands.KIT.send(command);
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("intserv.access_level.other_system");
        assertThat(failed.vendorMessage()).contains(garage, tenant + "-garage", system);
    }

    @Test
    void shouldRefuseACodeTheSystemWouldCutFromTheLeft() {
        // Given a system reading 3 digits and a 4-digit PIN
        String pin = code();
        var command = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.pin(pin, holder("Ada",
                "King"), level).onSystemReading(3));
        // When
        IntServCommands.KIT.send(command);
        // Then
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("intserv.code.too_long");
        assertThat(failed.vendorMessage()).doesNotContain(pin);
        assertThat(sim.keys()).noneMatch(k -> pin.equals(k.identification()));
    }

    @Test
    void shouldSuspendWithAWindowThatEndedAndResumeToExactlyThePreviousWindow() {
        // Given
        var credential = UUID.randomUUID();
        var key = Key.card(card(), holder("Ada", "King"), level).during(new ValidityWindow(FROM, TO));
        var granted = IntServCommands.present(tenant, credential, system, 1, key);
        IntServCommands.KIT.send(granted);
        String keyId = awaitPhase(granted, SyncPhase.ACCEPTED).vendorRefs().get("intserv.key_id");
        // When suspended
        var suspended = IntServCommands.suspended(tenant, credential, system, 2, key);
        IntServCommands.KIT.send(suspended);
        awaitPhase(suspended, SyncPhase.ACCEPTED);
        // Then the key stays with its levels and a window that ended
        var held = sim.key(keyId).orElseThrow();
        assertThat(held.validTo()).isBefore(Instant.now());
        assertThat(held.accessLevels()).containsExactly(level);
        // When resumed
        var resumed = IntServCommands.present(tenant, credential, system, 3, key);
        IntServCommands.KIT.send(resumed);
        awaitPhase(resumed, SyncPhase.ACCEPTED);
        // Then
        var back = sim.key(keyId).orElseThrow();
        assertThat(back.validFrom()).isEqualTo(FROM);
        assertThat(back.validTo()).isEqualTo(TO);
        assertThat(back.accessLevels()).containsExactly(level);
    }

    @Test
    void shouldHoldTheLevelsOfEveryTargetAndRemoveTheKeyWithTheLast() {
        // Given one credential granted on two systems of the account
        String garageSystem = tenant + "-garage";
        String garage = sim.system(garageSystem);
        var credential = UUID.randomUUID();
        var ada = holder("Ada", "King");
        String value = card();
        var onMain = IntServCommands.present(tenant, credential, system, 1, Key.card(value, ada, level));
        var onGarage = IntServCommands.present(tenant, credential, garageSystem, 1, Key.card(value, ada, garage));
        IntServCommands.KIT.send(onMain);
        String keyId = awaitPhase(onMain, SyncPhase.ACCEPTED).vendorRefs().get("intserv.key_id");
        IntServCommands.KIT.send(onGarage);
        assertThat(awaitPhase(onGarage, SyncPhase.ACCEPTED).vendorRefs()).containsEntry("intserv.key_id", keyId);
        assertThat(sim.key(keyId).orElseThrow().accessLevels()).containsExactlyInAnyOrder(level, garage);
        // When the main system's grant is removed
        var offMain = IntServCommands.absent(tenant, credential, system, 2, Key.card(value, ada, level));
        IntServCommands.KIT.send(offMain);
        awaitPhase(offMain, SyncPhase.APPLIED);
        // Then the key keeps the garage's level only
        assertThat(sim.key(keyId).orElseThrow().accessLevels()).containsExactly(garage);
        // When the garage's is removed too
        var offGarage = IntServCommands.absent(tenant, credential, garageSystem, 2, Key.card(value, ada, garage));
        IntServCommands.KIT.send(offGarage);
        awaitPhase(offGarage, SyncPhase.APPLIED);
        // Then
        assertThat(sim.key(keyId)).isEmpty();
    }

    @Test
    void shouldReplaceTheKeyWhenTheCardNumberChanges() {
        // Given
        var credential = UUID.randomUUID();
        var key = Key.card(card(), holder("Ada", "King"), level);
        var first = IntServCommands.present(tenant, credential, system, 1, key);
        IntServCommands.KIT.send(first);
        String oldKey = awaitPhase(first, SyncPhase.ACCEPTED).vendorRefs().get("intserv.key_id");
        // When
        String newValue = card();
        var second = IntServCommands.present(tenant, credential, system, 2, key.withValue(newValue));
        IntServCommands.KIT.send(second);
        // Then the old number opens nothing: only the new key is held
        String newKey = awaitPhase(second, SyncPhase.ACCEPTED).vendorRefs().get("intserv.key_id");
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(sim.key(oldKey)).isEmpty();
        assertThat(sim.key(newKey).orElseThrow().identification()).isEqualTo(newValue);
    }

    @Test
    void shouldRetryAnOutageAndNotFailTheKey() {
        // Given two 503s on add
        sim.faults().matching("POST", IntServPaths.ADD).next(2).status(503);
        var command = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card(card(), holder("Ada",
                "King"), level));
        // When
        IntServCommands.KIT.send(command);
        // Then
        awaitPhase(command, SyncPhase.ACCEPTED);
    }

    @Test
    void shouldFailTheKeysOfAConnectionWhoseApiKeyIntServRefuses() {
        // Given a connection whose Integration API Key was revoked
        new TestConnection("intserv-revoked", Vendor.INTSERV, () -> sim.baseUrl(),
                IntServSimulatorResource.REVOKED_SECRET_REF, 200, java.util.Map.of()).defineFor(tenant);
        var command = IntServCommands.presentVia("intserv-revoked", tenant, UUID.randomUUID(), system, 1,
                Key.card(card(), holder("Ada", "King"), level));
        // When
        IntServCommands.KIT.send(command);
        // Then
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("intserv.Unauthorized");
        assertThat(failed.vendorMessage()).doesNotContain("revoked-integration-key");
    }

    /** A card number no other test uses: the account is shared and a key spec is unique in it. */
    private static String card() {
        return "0x" + Long.toHexString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 56));
    }

    private static String code() {
        return String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    private SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        return IntServCommands.KIT.outcomes(tenant).awaitPhase(command, phase);
    }
}
