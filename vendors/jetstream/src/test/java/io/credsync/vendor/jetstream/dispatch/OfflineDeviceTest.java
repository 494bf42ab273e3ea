package io.credsync.vendor.jetstream.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.jetstream.JetstreamPaths;
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 15: an offline device gets one pending sync, and a full list confirms every credential it carries. */
@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(SimulatorResource.class)
class OfflineDeviceTest {

    private String tenant;
    private JetstreamSimulator sim;

    @BeforeEach
    void givenAFreshTenant() {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        sim = SimulatorResource.simulator;
        sim.faults().clear();
    }

    /** 50 grants one after another to an offline device were 26 queued PUT+sync pairs, all run on reconnect. */
    @Test
    void shouldQueueOneSyncForAnOfflineDeviceAndCarryLaterChangesInOneSyncOfTheNewestList() {
        // Given an offline device, granted 12 credentials one after another
        String device = tenant + "-Away";
        sim.device(device).online(false);
        List<SyncCommand> grants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var grant = Commands.present(tenant, UUID.randomUUID(), device, 1, String.format("%012X", 0xC00000L + i));
            grants.add(grant);
            Commands.send(grant);
            var first = awaitPhase(grant, i == 0 ? SyncPhase.QUEUED_ON_DEVICE : SyncPhase.RETRYING);
            if (i > 0) {
                assertThat(first.errorCode()).isEqualTo("device_offline");
            }
        }
        assertThat(sim.device(device).queuedCommandIds()).hasSize(1);

        // When the device comes back
        sim.device(device).online(true);

        // Then it holds the newest list after two syncs in all, and every grant is applied
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sim.deviceAcl(device)).hasSize(12));
        var outcomes = Commands.outcomes(tenant, found -> applied(found, grants) == grants.size());
        assertThat(applied(outcomes, grants)).isEqualTo(grants.size());
        assertThat(sim.requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC, device)).isEqualTo(2);
    }

    /**
     * A queued sync timed out (the credential went failed); the device came back and a later grant's full list put
     * the pass on the device, but nothing said so, and its status stayed failed.
     */
    @Test
    void shouldConfirmACredentialWhoseQueuedSyncTimedOutWhenALaterFullListReachesTheDevice() {
        // Given a grant whose sync was queued on an offline device and timed out there
        String device = tenant + "-Late";
        sim.device(device).online(false);
        var timedOut = Commands.present(tenant, UUID.randomUUID(), device, 1, "0D0D0D0D0D01");
        Commands.send(timedOut);
        String firstSync = awaitPhase(timedOut, SyncPhase.QUEUED_ON_DEVICE).vendorRefs().get("jetstream.command_id");
        sim.clock().advance(Duration.ofHours(25));
        assertThat(sim.device(device).queuedCommandIds()).isEmpty();

        // When the device is back and another credential is granted
        sim.device(device).online(true);
        var later = Commands.present(tenant, UUID.randomUUID(), device, 1, "0D0D0D0D0D02");
        Commands.send(later);

        // Then the full list reaches the device, and the timed-out grant is reported applied with it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sim.deviceAcl(device))
                .containsExactlyInAnyOrder("0D0D0D0D0D01", "0D0D0D0D0D02"));
        var confirmed = awaitPhase(timedOut, SyncPhase.APPLIED);
        assertThat(confirmed.version()).isEqualTo(1);
        assertThat(confirmed.vendorRefs().get("jetstream.command_id")).isNotEqualTo(firstSync);
        awaitPhase(later, SyncPhase.APPLIED);
    }

    /** After CommandTimedOut the device was re-synced only when an unrelated change came. */
    @Test
    void shouldQueueTheNewestListAgainByItselfAfterAQueuedSyncTimedOut() {
        // Given a grant whose sync was queued on an offline device and timed out there
        String device = tenant + "-Gone";
        sim.device(device).online(false);
        var grant = Commands.present(tenant, UUID.randomUUID(), device, 1, "0E0E0E0E0E01");
        Commands.send(grant);
        String firstSync = awaitPhase(grant, SyncPhase.QUEUED_ON_DEVICE).vendorRefs().get("jetstream.command_id");
        sim.clock().advance(Duration.ofHours(25));

        // When nothing else changes: the dispatcher queues the list again by itself
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sim.device(device)
                .queuedCommandIds()).hasSize(1).doesNotContain(firstSync));

        // Then the device gets the pass as soon as it is back
        sim.device(device).online(true);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sim.deviceAcl(device))
                .containsExactly("0E0E0E0E0E01"));
        assertThat(sim.requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC, device)).isEqualTo(2);
    }

    private static long applied(List<SyncOutcome> outcomes, List<SyncCommand> grants) {
        var ids = grants.stream().map(SyncCommand::credentialId).toList();
        return outcomes.stream().filter(o -> o.phase() == SyncPhase.APPLIED && ids.contains(o.credentialId()))
                .map(SyncOutcome::credentialId).distinct().count();
    }

    private SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        return Commands.KIT.outcomes(tenant).awaitPhase(command, phase);
    }
}
