package io.credsync.vendor.jetstream.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.jetstream.JetstreamPaths;
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(SimulatorResource.class)
class JetstreamDispatcherTest {

    private String tenant;
    private JetstreamSimulator sim;

    @BeforeEach
    void givenAFreshTenant() {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        sim = SimulatorResource.simulator;
        sim.faults().clear();
    }

    @Test
    void shouldPutThePassOnAnOnlineDeviceAndReportApplied() {
        // Given
        String device = tenant + "-Lobby";
        sim.device(device).online(true);
        var command = Commands.present(tenant, UUID.randomUUID(), device, 1, "04A1B2C3D4E5");
        // When
        Commands.send(command);
        // Then
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sim.deviceAcl(device))
                .containsExactly("04A1B2C3D4E5"));
        var outcome = awaitPhase(command, SyncPhase.APPLIED);
        assertThat(outcome.vendorRefs()).containsKey("jetstream.command_id");
        assertThat(outcome.source()).isEqualTo("dispatcher-jetstream");
    }

    @Test
    void shouldCoalesceABurstForOneDeviceIntoFewPutsAndSyncs() {
        // Given 300 credentials granted to one device at once
        String device = tenant + "-Busy";
        sim.device(device).online(true);
        var burst = new ArrayList<SyncCommand>();
        for (int i = 0; i < 300; i++) {
            burst.add(Commands.present(tenant, UUID.randomUUID(), device, 1, String.format("%012X", 0xB00000L + i)));
        }
        // When
        Commands.send(burst.toArray(SyncCommand[]::new));
        // Then the device holds all 300, and far fewer than 300 syncs were issued
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sim.deviceAcl(device)).hasSize(300));
        long syncs = sim.requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC, device);
        long puts = sim.requestCount("PUT", JetstreamPaths.CREDENTIALS_BASIC, device);
        assertThat(syncs).isBetween(1L, 10L);
        assertThat(puts).isEqualTo(syncs);
        var outcomes = Commands.outcomes(tenant, found -> found.stream()
                .filter(o -> o.phase() == SyncPhase.APPLIED).count() >= 300);
        assertThat(outcomes).filteredOn(o -> o.phase() == SyncPhase.APPLIED).hasSize(300);
    }

    @Test
    void shouldReportQueuedOnDeviceForAnOfflineDeviceAndLeaveItUnchanged() {
        String device = tenant + "-Offline";
        sim.device(device).online(false);
        var command = Commands.present(tenant, UUID.randomUUID(), device, 1, "04A1B2C3D4E6");
        Commands.send(command);
        var outcome = awaitPhase(command, SyncPhase.QUEUED_ON_DEVICE);
        assertThat(outcome.vendorRefs().get("jetstream.command_id")).isNotBlank();
        assertThat(sim.deviceAcl(device)).isEmpty();
        assertThat(sim.storedAcl(device)).containsExactly("04A1B2C3D4E6");
    }

    @Test
    void shouldRemoveARevokedPassFromTheDevice() {
        String device = tenant + "-Revoke";
        sim.device(device).online(true);
        var credential = UUID.randomUUID();
        var keep = Commands.present(tenant, UUID.randomUUID(), device, 1, "0A0A0A0A0A0A");
        Commands.send(keep, Commands.present(tenant, credential, device, 1, "04A1B2C3D4E7"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sim.deviceAcl(device)).hasSize(2));
        var revoke = Commands.absent(tenant, credential, device, 2);
        Commands.send(revoke);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sim.deviceAcl(device))
                .containsExactly("0A0A0A0A0A0A"));
        awaitPhase(revoke, SyncPhase.APPLIED);
    }

    @Test
    void shouldReportAnOlderVersionAsSupersededAndNotApplyIt() {
        String device = tenant + "-Order";
        sim.device(device).online(true);
        var credential = UUID.randomUUID();
        var newer = Commands.absent(tenant, credential, device, 3);
        var older = Commands.present(tenant, credential, device, 2, "04A1B2C3D4E8");
        Commands.send(newer, older);
        awaitPhase(older, SyncPhase.SUPERSEDED);
        awaitPhase(newer, SyncPhase.APPLIED);
        assertThat(sim.deviceAcl(device)).isEmpty();
    }

    @Test
    void shouldRetryTransientFaultsWithoutHoldingUpOtherDevices() {
        // Given one device whose next three requests fail with 503, and a healthy one
        String sick = tenant + "-Sick";
        String healthy = tenant + "-Healthy";
        sim.device(sick).online(true);
        sim.device(healthy).online(true);
        sim.faults().next(3).forDevice(sick).status(503);
        var sickCommand = Commands.present(tenant, UUID.randomUUID(), sick, 1, "04A1B2C3D4E9");
        var healthyCommand = Commands.present(tenant, UUID.randomUUID(), healthy, 1, "04A1B2C3D4EA");
        // When
        Commands.send(sickCommand, healthyCommand);
        // Then both end applied, the sick one after announced retries with a next attempt time
        awaitPhase(healthyCommand, SyncPhase.APPLIED);
        awaitPhase(sickCommand, SyncPhase.APPLIED);
        // read until the sick command's final outcome: a read that stops at the first batch could miss the retries
        var outcomes = Commands.outcomes(tenant, found -> found.stream().anyMatch(o -> o.commandId()
                .equals(sickCommand.commandId()) && o.phase() == SyncPhase.APPLIED));
        assertThat(outcomes).filteredOn(o -> o.commandId().equals(sickCommand.commandId())
                && o.phase() == SyncPhase.RETRYING)
                .isNotEmpty()
                .allSatisfy(o -> {
                    assertThat(o.nextAttemptAt()).isNotNull();
                    assertThat(o.errorCode()).isEqualTo("http_503");
                });
    }

    @Test
    void shouldHonourRetryAfterOn429() {
        String device = tenant + "-Limited";
        sim.device(device).online(true);
        sim.faults().next(1).forDevice(device).tooManyRequests(1);
        var command = Commands.present(tenant, UUID.randomUUID(), device, 1, "04A1B2C3D4EB");
        long start = System.nanoTime();
        Commands.send(command);
        awaitPhase(command, SyncPhase.APPLIED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void shouldEndRightAfterATimeoutOnceTheWriteHappened() {
        // Given the sync is performed but its answer never arrives
        String device = tenant + "-Ambiguous";
        sim.device(device).online(true);
        sim.faults().next(1).matching("POST", JetstreamPaths.CREDENTIALS_SYNC).forDevice(device)
                .timeoutAfterWrite();
        var command = Commands.present(tenant, UUID.randomUUID(), device, 1, "04A1B2C3D4EC");
        // When
        Commands.send(command);
        // Then the retry reads the stored list back, skips the PUT, syncs again and ends applied
        awaitPhase(command, SyncPhase.APPLIED);
        assertThat(sim.deviceAcl(device)).containsExactly("04A1B2C3D4EC");
        assertThat(sim.requestCount("GET", JetstreamPaths.CREDENTIALS_BASIC, device)).isEqualTo(1);
        assertThat(sim.requestCount("PUT", JetstreamPaths.CREDENTIALS_BASIC, device)).isEqualTo(1);
    }

    @Test
    void shouldFailPermanentlyWithTheVendorsMessageForAnUnknownDevice() {
        var command = Commands.present(tenant, UUID.randomUUID(), tenant + "-Nowhere", 1, "04A1B2C3D4ED");
        Commands.send(command);
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("http_404");
        assertThat(failed.vendorMessage()).isNotBlank();
    }

    @Test
    void shouldDeadLetterACommandThatIsNotJson() {
        String marker = tenant + "-poison";
        Commands.KIT.sendRaw(marker, "{\"command_id\":" + marker);
        var dead = Commands.KIT.awaitDeadLetters(marker);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a valid SyncCommand");
    }

    private SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        return Commands.KIT.outcomes(tenant).awaitPhase(command, phase);
    }
}
