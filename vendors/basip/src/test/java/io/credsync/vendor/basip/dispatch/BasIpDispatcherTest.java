package io.credsync.vendor.basip.dispatch;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.BasIpLock;
import io.credsync.model.credential.CardEncoding;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.model.validation.BasIpRules;
import io.credsync.simulator.basip.BasIpPaths;
import io.credsync.simulator.basip.BasIpSimulator;
import io.credsync.simulator.basip.Identifier.ValidTime;
import io.credsync.simulator.basip.WiegandMode;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.testsupport.dispatch.TestConnection;
import io.credsync.vendor.basip.dispatch.BasIpCommands.Identifier;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(BasIpSimulatorResource.class)
class BasIpDispatcherTest {

    private static final Instant FROM = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T08:00:00Z");

    private String tenant;
    private BasIpSimulator sim;

    @BeforeEach
    void givenAFreshTenant() {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        sim = BasIpSimulatorResource.simulator;
    }

    @Test
    void shouldPutAGrantedCardOnThePanelWithItsLockWindowAndOwner() {
        // Given
        String panel = panel("gate");
        var credential = UUID.randomUUID();
        var command = BasIpCommands.present(tenant, credential, panel, 1, Identifier.card("0A:1B:2C:3D", null)
                .during(new ValidityWindow(FROM, TO)).opening(BasIpLock.SECOND));
        // When
        BasIpCommands.KIT.send(command);
        // Then
        var outcome = awaitPhase(command, SyncPhase.APPLIED);
        assertThat(outcome.vendorRefs()).containsEntry("basip.link_id", credential.toString());
        assertThat(outcome.source()).isEqualTo("dispatcher-basip");
        var held = sim.panel(panel).identifier(credential.toString()).orElseThrow();
        assertThat(held.type()).isEqualTo("card");
        assertThat(held.lock()).isEqualTo("second");
        assertThat(held.ownerName()).isEqualTo("Ada Lovelace");
        assertThat(held.valid()).isEqualTo(new ValidTime(false, FROM.getEpochSecond(), TO.getEpochSecond()));
    }

    @Test
    void shouldWriteTheCardThePersonHoldsOnPanelsOfEitherWiegandMode() {
        // Given a panel reading digits as decimal and one reading them as hex, and two cards whose digits are "44"
        String decimal = panel("decimal");
        String hex = panel("hex");
        sim.panel(hex).wiegandMode(WiegandMode.HEX);
        var decimalCard = UUID.randomUUID();
        var hexCard = UUID.randomUUID();
        var decimalSettings = Map.of(BasIpRules.WIEGAND_MODE, "decimal");
        var hexSettings = Map.of(BasIpRules.WIEGAND_MODE, "hex");
        var commands = new SyncCommand[]{
                BasIpCommands.present(tenant, decimalCard, decimal, decimalSettings, 1,
                        Identifier.card("44", CardEncoding.DECIMAL)),
                BasIpCommands.present(tenant, decimalCard, hex, hexSettings, 1,
                        Identifier.card("44", CardEncoding.DECIMAL)),
                BasIpCommands.present(tenant, hexCard, decimal, decimalSettings, 1,
                        Identifier.card("44", CardEncoding.HEX)),
                BasIpCommands.present(tenant, hexCard, hex, hexSettings, 1, Identifier.card("44", CardEncoding.HEX))};
        // When
        BasIpCommands.KIT.send(commands);
        // Then both panels read 44 for the decimal card and 0x44 = 68 for the hex one
        for (SyncCommand command : commands) {
            awaitPhase(command, SyncPhase.APPLIED);
        }
        for (String panel : new String[]{decimal, hex}) {
            assertThat(sim.panel(panel).identifier(decimalCard.toString()).orElseThrow().readValue())
                    .isEqualTo(BigInteger.valueOf(44));
            assertThat(sim.panel(panel).identifier(hexCard.toString()).orElseThrow().readValue())
                    .isEqualTo(BigInteger.valueOf(68));
        }
        assertThat(sim.panel(decimal).identifier(decimalCard.toString()).orElseThrow().number()).isEqualTo("44");
        assertThat(sim.panel(hex).identifier(decimalCard.toString()).orElseThrow().number()).isEqualTo("00:2C");
    }

    @Test
    void shouldTakeASitesWiegandModeFromItsConnectionWhenThePanelSaysNone() {
        // Given a site whose panels all read hex, said once on its connection
        String panel = panel("site-hex");
        sim.panel(panel).wiegandMode(WiegandMode.HEX);
        new TestConnection("basip-hex", Vendor.BASIP, () -> sim.baseUrl(), BasIpSimulatorResource.SECRET_REF, 200,
                Map.of(BasIpRules.WIEGAND_MODE, "hex")).defineFor(tenant);
        var credential = UUID.randomUUID();
        var command = BasIpCommands.presentVia("basip-hex", tenant, credential, panel, 1,
                Identifier.card("44", CardEncoding.DECIMAL));
        // When
        BasIpCommands.KIT.sendOnly(command);
        // Then the panel reads the card as 44, not 0x44
        awaitPhase(command, SyncPhase.APPLIED);
        assertThat(sim.panel(panel).identifier(credential.toString()).orElseThrow().readValue())
                .isEqualTo(BigInteger.valueOf(44));
    }

    @Test
    void shouldDeleteARevokedIdentifierAndTakeAnAbsentOneAsDone() {
        // Given one identifier on the panel
        String panel = panel("revoke");
        var credential = UUID.randomUUID();
        var grant = BasIpCommands.present(tenant, credential, panel, 1, Identifier.card("0A:0B", null));
        BasIpCommands.KIT.send(grant);
        awaitPhase(grant, SyncPhase.APPLIED);
        // When it is revoked, and a credential the panel never held is revoked too
        var revoke = BasIpCommands.absent(tenant, credential, panel, 2);
        var neverHeld = BasIpCommands.absent(tenant, UUID.randomUUID(), panel, 2);
        BasIpCommands.KIT.send(revoke, neverHeld);
        // Then both are applied (entity_not_found is already absent) and the panel holds nothing
        awaitPhase(revoke, SyncPhase.APPLIED);
        awaitPhase(neverHeld, SyncPhase.APPLIED);
        assertThat(sim.panel(panel).identifiers()).isEmpty();
    }

    @Test
    void shouldFreeANumberBeforeGivingItToAnotherCredential() {
        // Given a card held by one credential
        String panel = panel("handover");
        var previous = UUID.randomUUID();
        var grant = BasIpCommands.present(tenant, previous, panel, 1, Identifier.card("08:08", null));
        BasIpCommands.KIT.send(grant);
        awaitPhase(grant, SyncPhase.APPLIED);
        // When the card passes to another credential: the revoke and the new grant arrive together
        var revoke = BasIpCommands.absent(tenant, previous, panel, 2);
        var next = UUID.randomUUID();
        var handover = BasIpCommands.present(tenant, next, panel, 1, Identifier.card("08:08", null));
        BasIpCommands.KIT.send(revoke, handover);
        // Then the number is free before it is written again
        awaitPhase(revoke, SyncPhase.APPLIED);
        awaitPhase(handover, SyncPhase.APPLIED);
        assertThat(sim.panel(panel).identifiers()).extracting(i -> i.linkId()).containsExactly(next.toString());
    }

    @Test
    void shouldLogInAgainWhenThePanelAnswersLogIn() {
        // Given a panel that gave a token, then forgot it (expired, or restarted)
        String panel = panel("tokens");
        var first = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card("01:01", null));
        BasIpCommands.KIT.send(first);
        awaitPhase(first, SyncPhase.APPLIED);
        sim.panel(panel).expireTokens();
        // When
        var second = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card("01:02", null));
        BasIpCommands.KIT.send(second);
        // Then the 401 is answered by a new login, not by a failure
        awaitPhase(second, SyncPhase.APPLIED);
        assertThat(sim.requestCount("GET", BasIpPaths.LOGIN, panel)).isEqualTo(2);
        assertThat(sim.panel(panel).identifiers()).hasSize(2);
    }

    @Test
    void shouldFailForGoodWithoutAdministratorRightsInEitherErrorShape() {
        // Given an android panel and a door controller where the account is not an administrator
        String android = panel("android");
        String controller = panel("controller");
        sim.panel(android).configure(new JsonObject().put("administrator", false));
        sim.panel(controller).configure(new JsonObject().put("administrator", false)
                .put("error_shape", "door_controller"));
        var onAndroid = BasIpCommands.present(tenant, UUID.randomUUID(), android, 1, Identifier.card("02:01", null));
        var onController = BasIpCommands.present(tenant, UUID.randomUUID(), controller, 1,
                Identifier.card("02:02", null));
        // When
        BasIpCommands.KIT.send(onAndroid, onController);
        // Then
        for (SyncCommand command : new SyncCommand[]{onAndroid, onController}) {
            var failed = awaitPhase(command, SyncPhase.FAILED);
            assertThat(failed.errorCode()).isEqualTo("permission_denied");
            assertThat(failed.vendorMessage()).isEqualTo("Administrator rights required");
        }
    }

    @Test
    void shouldFailWithTheConflictNamedWhenAnotherIdentifierHoldsTheNumber() {
        // Given a card on the panel
        String panel = panel("conflict");
        var holder = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card("03:03", null));
        BasIpCommands.KIT.send(holder);
        awaitPhase(holder, SyncPhase.APPLIED);
        // When another credential carries the same number
        var clash = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card("03:03", null));
        BasIpCommands.KIT.send(clash);
        // Then it fails for good, naming the conflict and never the number
        var failed = awaitPhase(clash, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("number_taken_by_another_identifier");
        assertThat(failed.vendorMessage()).contains("another identifier").doesNotContain("03:03");
        assertThat(sim.panel(panel).identifiers()).hasSize(1);
    }

    @Test
    void shouldRetryAnOfflinePanelWithoutHoldingUpTheOthersAndConvergeWhenItReturns() {
        // Given one panel off the LAN and one on it
        String offline = panel("offline");
        String online = panel("online");
        sim.panel(offline).offline();
        var toOffline = BasIpCommands.present(tenant, UUID.randomUUID(), offline, 1, Identifier.card("04:01", null));
        var toOnline = BasIpCommands.present(tenant, UUID.randomUUID(), online, 1, Identifier.card("04:02", null));
        // When
        BasIpCommands.KIT.send(toOffline, toOnline);
        // Then the online panel is done while the offline one is retrying, saying why
        awaitPhase(toOnline, SyncPhase.APPLIED);
        var retrying = awaitPhase(toOffline, SyncPhase.RETRYING);
        assertThat(retrying.errorCode()).isEqualTo("panel_unreachable");
        assertThat(retrying.vendorMessage()).contains(sim.panelUrl(offline));
        assertThat(retrying.nextAttemptAt()).isNotNull();
        assertThat(sim.panel(offline).identifiers()).isEmpty();
        // And when the panel is back, it converges
        sim.panel(offline).online();
        awaitPhase(toOffline, SyncPhase.APPLIED);
        assertThat(sim.panel(offline).identifiers()).hasSize(1);
    }

    @Test
    void shouldSuspendThroughTheWindowAndRestoreItOnResume() {
        // Given a card valid for a year
        String panel = panel("suspend");
        var credential = UUID.randomUUID();
        var card = Identifier.card("05:05", null).during(new ValidityWindow(FROM, TO));
        var grant = BasIpCommands.present(tenant, credential, panel, 1, card);
        BasIpCommands.KIT.send(grant);
        awaitPhase(grant, SyncPhase.APPLIED);
        // When it is suspended
        var suspend = BasIpCommands.suspended(tenant, credential, panel, 2, card);
        BasIpCommands.KIT.send(suspend);
        awaitPhase(suspend, SyncPhase.APPLIED);
        // Then the panel keeps it with a window that ended long ago
        var suspended = sim.panel(panel).identifier(credential.toString()).orElseThrow();
        assertThat(suspended.valid().admits(Instant.now())).isFalse();
        // And resuming restores the credential's own window exactly
        var resume = BasIpCommands.present(tenant, credential, panel, 3, card);
        BasIpCommands.KIT.send(resume);
        awaitPhase(resume, SyncPhase.APPLIED);
        assertThat(sim.panel(panel).identifier(credential.toString()).orElseThrow().valid())
                .isEqualTo(new ValidTime(false, FROM.getEpochSecond(), TO.getEpochSecond()));
    }

    @Test
    void shouldCoalesceAPanelsPendingChangesIntoFewCalls() {
        // Given 120 credentials granted to one panel at once
        String panel = panel("busy");
        var burst = new ArrayList<SyncCommand>();
        for (int i = 0; i < 120; i++) {
            burst.add(BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card(
                    String.format("06:%02X:%02X", i / 256, i % 256), null)));
        }
        // When
        BasIpCommands.KIT.send(burst.toArray(SyncCommand[]::new));
        // Then the panel holds them all, written in batches rather than one call each
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sim.panel(panel).identifiers())
                .hasSize(120));
        assertThat(sim.requestCount("POST", BasIpPaths.LINK_ITEMS, panel)).isBetween(3L, 20L);
        var outcomes = BasIpCommands.KIT.outcomes(tenant).until(found -> found.stream()
                .filter(o -> o.phase() == SyncPhase.APPLIED).count() >= 120);
        assertThat(outcomes).filteredOn(o -> o.phase() == SyncPhase.APPLIED).hasSize(120);
    }

    @Test
    void shouldReadBackAfterALostAnswerAndNotWriteAgain() {
        // Given a panel that applies the next upsert but whose answer is lost
        String panel = panel("lost");
        sim.panel(panel);
        sim.faults().next(1).matching("POST", BasIpPaths.LINK_ITEMS).forAccount(panel).timeoutAfterWrite();
        var command = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card("07:07", null));
        // When
        BasIpCommands.KIT.send(command);
        // Then the retry reads it back, finds it held and ends applied without writing it again
        awaitPhase(command, SyncPhase.APPLIED);
        assertThat(sim.requestCount("POST", BasIpPaths.LINK_ITEMS, panel)).isEqualTo(1);
        assertThat(sim.requestCount("GET", BasIpPaths.LINK_ITEMS, panel)).isEqualTo(1);
        assertThat(sim.panel(panel).identifiers()).hasSize(1);
    }

    @Test
    void shouldFailAFaceIdentifierOnAPanelWithoutFaceRecognition() {
        String panel = panel("noface");
        sim.panel(panel).configure(new JsonObject().put("face_id_supported", false));
        var face = new Identifier(io.credsync.model.credential.CredentialKind.FACE, "aGVsbG8gZmFjZQ==", null,
                ValidityWindow.ALWAYS, BasIpLock.FIRST);
        var command = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, face);
        BasIpCommands.KIT.send(command);
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("face_id_not_supported");
    }

    @Test
    void shouldDeadLetterACommandThatIsNotJson() {
        String marker = tenant + "-poison";
        BasIpCommands.KIT.sendRaw(marker, "{\"command_id\":" + marker);
        var dead = BasIpCommands.KIT.awaitDeadLetters(marker);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a valid SyncCommand");
    }

    /** A panel of this test's own, online with the simulator's defaults (decimal mode). */
    private String panel(String name) {
        String panel = tenant + "-" + name;
        sim.panel(panel);
        return panel;
    }

    private SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        return BasIpCommands.KIT.outcomes(tenant).awaitPhase(command, phase);
    }
}
