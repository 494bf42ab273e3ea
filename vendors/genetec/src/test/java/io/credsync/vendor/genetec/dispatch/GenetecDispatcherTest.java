package io.credsync.vendor.genetec.dispatch;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.genetec.GenetecPaths;
import io.credsync.simulator.genetec.GenetecSimulator;
import io.credsync.simulator.genetec.Transaction;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.testsupport.dispatch.TestConnection;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(GenetecSimulatorResource.class)
class GenetecDispatcherTest {

    private String tenant;
    private GenetecSimulator sim;
    private GrantParameters.Genetec camera;

    @BeforeEach
    void givenAFreshTenantAndCamera() {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        sim = GenetecSimulatorResource.simulator;
        sim.faults().clear();
        camera = GenetecCommands.newCamera();
    }

    @Test
    void shouldRegisterActivateNegotiateAndCommitTheSecret() {
        // Given
        var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "secret-one");
        // When
        GenetecCommands.KIT.send(command);
        // Then
        var applied = awaitPhase(command, SyncPhase.APPLIED);
        assertThat(applied.source()).isEqualTo("dispatcher-genetec");
        assertThat(applied.vendorRefs()).containsKey("genetec.device_id")
                .containsEntry("genetec.serial_number", camera.serialNumber())
                .containsEntry("genetec.manufacturer", "genetec");
        assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isEqualTo(1);
        assertThat(sim.isActive(camera.serialNumber(), "genetec")).isTrue();
        assertThat(sim.currentCredential(camera.serialNumber(), "genetec")).contains("secret-one");
        assertThat(sim.transactions(camera.serialNumber(), "genetec")).singleElement()
                .extracting(Transaction::status).isEqualTo(Transaction.Status.COMMITTED);
    }

    @Test
    void shouldReportAppliedWithoutCommitWhenClearanceAnswersNotModified() {
        // Given the secret committed
        var credential = UUID.randomUUID();
        var first = GenetecCommands.present(tenant, credential, 1, camera, "same-secret");
        GenetecCommands.KIT.send(first);
        awaitPhase(first, SyncPhase.APPLIED);
        long commits = sim.requestCount("POST", GenetecPaths.COMMIT);
        // When a new version carries the same secret
        var second = GenetecCommands.present(tenant, credential, 2, camera, "same-secret");
        GenetecCommands.KIT.send(second);
        // Then
        awaitPhase(second, SyncPhase.APPLIED);
        assertThat(sim.requestCount("POST", GenetecPaths.COMMIT)).isEqualTo(commits);
        assertThat(sim.transactions(camera.serialNumber(), "genetec")).hasSize(1);
        assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isEqualTo(1);
    }

    @Test
    void shouldRejectTheTransactionAndFailWithTheReasonWhenTheCommitIsRefused() {
        // Given
        sim.faults().matching("POST", GenetecPaths.COMMIT).next(1).status(400);
        var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "refused-secret");
        // When
        GenetecCommands.KIT.send(command);
        // Then
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("genetec.SimulatedFault");
        assertThat(failed.vendorMessage()).contains("Simulated fault").doesNotContain("refused-secret");
        assertThat(sim.transactions(camera.serialNumber(), "genetec")).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(Transaction.Status.REJECTED);
            assertThat(t.reasonCode()).isEqualTo("genetec.SimulatedFault");
        });
        assertThat(sim.currentCredential(camera.serialNumber(), "genetec")).isEmpty();
    }

    @Test
    void shouldRenewTheTokenOnceWhenClearanceRefusesIt() {
        // Given a token held, then expired by Clearance
        var first = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "before-expiry");
        GenetecCommands.KIT.send(first);
        awaitPhase(first, SyncPhase.APPLIED);
        int issued = sim.tokensIssued();
        sim.expireTokens();
        // When
        var other = GenetecCommands.newCamera();
        var second = GenetecCommands.present(tenant, UUID.randomUUID(), 1, other, "after-expiry");
        GenetecCommands.KIT.send(second);
        // Then
        awaitPhase(second, SyncPhase.APPLIED);
        assertThat(sim.tokensIssued()).isEqualTo(issued + 1);
        assertThat(sim.currentCredential(other.serialNumber(), "genetec")).contains("after-expiry");
    }

    @Test
    void shouldFailClearlyWhenARenewedTokenIsRefusedToo() {
        // Given every call refused with 401
        sim.faults().matching("GET", GenetecPaths.CAN_MANAGE).status(401);
        long asked = sim.requestCount("GET", GenetecPaths.CAN_MANAGE);
        var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "never-sent");
        // When
        GenetecCommands.KIT.send(command);
        // Then
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("genetec.unauthorized");
        assertThat(failed.vendorMessage()).contains("401 twice").doesNotContain("sim-token");
        assertThat(sim.requestCount("GET", GenetecPaths.CAN_MANAGE)).isEqualTo(asked + 2);
    }

    @Test
    void shouldFailWhenTheStsRefusesTheAssertionOfAForeignKey() {
        // Given a connection whose connection file holds another key than the principal's
        new TestConnection("genetec-foreign", Vendor.GENETEC, () -> sim.baseUrl(),
                GenetecSimulatorResource.FOREIGN_SECRET_REF, 200, Map.of()).defineFor(tenant);
        var command = GenetecCommands.presentVia("genetec-foreign", tenant, UUID.randomUUID(), 1, camera, "x");
        // When
        GenetecCommands.KIT.send(command);
        // Then
        var failed = awaitPhase(command, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("genetec.sts.invalid_grant");
        assertThat(failed.vendorMessage()).contains("signature").doesNotContain("PRIVATE KEY");
        assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isZero();
    }

    @Test
    void shouldFailWithAConnectionErrorWhenThePrincipalCannotManageDevices() {
        // Given
        sim.canManage(false);
        try {
            var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "no-policy");
            // When
            GenetecCommands.KIT.send(command);
            // Then
            var failed = awaitPhase(command, SyncPhase.FAILED);
            assertThat(failed.errorCode()).isEqualTo("genetec.cannot_manage_devices");
            assertThat(failed.vendorMessage()).contains("Manage devices");
            assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isZero();
        } finally {
            sim.canManage(true);
        }
    }

    @Test
    void shouldFailTheTargetPermanentlyWithTheVendorsWordsAtTheActiveDeviceLimit() {
        // Given the account's active devices at its limit
        sim.activeDeviceLimit((int) sim.activeDevices());
        try {
            var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "over-limit");
            // When
            GenetecCommands.KIT.send(command);
            // Then
            var failed = awaitPhase(command, SyncPhase.FAILED);
            assertThat(failed.errorCode()).isEqualTo("genetec.ActiveDeviceLimitReached");
            assertThat(failed.vendorMessage()).contains("maximum number of active devices");
            assertThat(sim.isActive(camera.serialNumber(), "genetec")).isFalse();
        } finally {
            sim.activeDeviceLimit(1000);
        }
    }

    @Test
    void shouldNotRegisterASecondDeviceAfterARegistrationsAnswerWasLost() {
        // Given the registration applied but its answer lost
        sim.faults().matching("POST", GenetecPaths.REGISTER).next(1).timeoutAfterWrite();
        var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "lost-answer");
        // When
        GenetecCommands.KIT.send(command);
        // Then
        awaitPhase(command, SyncPhase.APPLIED);
        assertThat(sim.requestCount("POST", GenetecPaths.FIND)).isPositive();
        assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isEqualTo(1);
        assertThat(sim.currentCredential(camera.serialNumber(), "genetec")).contains("lost-answer");
    }

    @Test
    void shouldRegisterOneDeviceWhenTwoTargetsSendItsSecretsAtOnce() {
        // Given a camera's secret granted through two targets naming the same Clearance tenant
        var credential = UUID.randomUUID();
        var onFirst = GenetecCommands.present(tenant, credential, 1, camera, "both-targets");
        var onSecond = GenetecCommands.presentOnSecondTarget(tenant, credential, camera, "both-targets");
        // When
        GenetecCommands.KIT.send(onFirst, onSecond);
        // Then
        awaitPhase(onFirst, SyncPhase.APPLIED);
        awaitPhase(onSecond, SyncPhase.APPLIED);
        assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isEqualTo(1);
        assertThat(sim.currentCredential(camera.serialNumber(), "genetec")).contains("both-targets");
    }

    @Test
    void shouldRejectAnOpenTransactionOfAnOlderVersionAndNeverCommitIt() {
        // Given version 1 negotiated, its commit lost again and again
        var credential = UUID.randomUUID();
        sim.faults().matching("POST", GenetecPaths.COMMIT).dropConnection();
        var first = GenetecCommands.present(tenant, credential, 1, camera, "stale-secret");
        GenetecCommands.KIT.send(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> !sim.transactions(camera.serialNumber(), "genetec")
                .isEmpty() && sim.requestCount("POST", GenetecPaths.COMMIT) > 0);
        // When version 2 replaces it, and Clearance answers again once it was negotiated
        var second = GenetecCommands.present(tenant, credential, 2, camera, "fresh-secret");
        GenetecCommands.KIT.send(second);
        await().atMost(Duration.ofSeconds(30)).until(() -> sim.transactions(camera.serialNumber(), "genetec")
                .stream().anyMatch(t -> t.status() == Transaction.Status.OPEN
                        && t.credential().equals("fresh-secret")));
        sim.faults().clear();
        // Then
        awaitPhase(second, SyncPhase.APPLIED);
        assertThat(sim.currentCredential(camera.serialNumber(), "genetec")).contains("fresh-secret");
        assertThat(sim.transactions(camera.serialNumber(), "genetec"))
                .filteredOn(t -> t.credential().equals("stale-secret"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(Transaction.Status.REJECTED));
    }

    @Test
    void shouldRevokeByCommittingARotatedSecret() {
        // Given
        var credential = UUID.randomUUID();
        var grant = GenetecCommands.present(tenant, credential, 1, camera, "to-revoke");
        GenetecCommands.KIT.send(grant);
        awaitPhase(grant, SyncPhase.APPLIED);
        // When
        var revoke = GenetecCommands.absent(tenant, credential, 2);
        GenetecCommands.KIT.send(revoke);
        // Then
        var applied = awaitPhase(revoke, SyncPhase.APPLIED);
        assertThat(applied.vendorRefs()).containsEntry("genetec.revoked_by", "rotation");
        assertThat(sim.currentCredential(camera.serialNumber(), "genetec")).isPresent().get()
                .isNotEqualTo("to-revoke");
        assertThat(sim.devicesOf(camera.serialNumber(), "genetec")).isEqualTo(1);
    }

    @Test
    void shouldFailACredentialTheDeviceReportedInvalid() {
        // Given the secret committed, then reported invalid by the device
        var credential = UUID.randomUUID();
        var first = GenetecCommands.present(tenant, credential, 1, camera, "bad-on-device");
        GenetecCommands.KIT.send(first);
        awaitPhase(first, SyncPhase.APPLIED);
        sim.deviceReportsFailed(camera.serialNumber(), "genetec", "bad-on-device");
        // When
        var again = GenetecCommands.present(tenant, credential, 2, camera, "bad-on-device");
        GenetecCommands.KIT.send(again);
        // Then
        var failed = awaitPhase(again, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("genetec.credential_failed");
        assertThat(failed.vendorMessage()).contains("invalid").doesNotContain("bad-on-device");
    }

    private SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        return GenetecCommands.KIT.outcomes(tenant).awaitPhase(command, phase);
    }
}
