package io.credsync.vendor.seam.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.seam.AcsSystemFixture;
import io.credsync.simulator.seam.SeamSimulator;
import io.credsync.simulator.seam.SimulatedCredential;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Seam dispatcher against the Seam simulator, which validates every request body against Seam's OpenAPI document
 * and here also refuses fields the document does not declare.
 */
@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher_seam")
@WithTestResource(SeamSimulatorResource.class)
class SeamDispatcherTest {

    private static final Instant END = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private SeamSimulator sim;
    private AcsSystemFixture system;
    private SeamCommands commands;

    @BeforeEach
    void givenAFreshAccessSystem() {
        sim = SeamSimulatorResource.simulator;
        sim.faults().clear();
        sim.rejectUnknownFields(true);
        sim.syncDelay(Duration.ofMillis(200));
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        system = sim.addAcsSystem(tenant + " HQ", List.of("Main door", "Garage"), List.of("Staff", "Night"));
        commands = new SeamCommands(tenant, system.acsSystemId(), "Ada " + tenant);
    }

    @Test
    void shouldCreateTheUserAndTheCodeAndReportAcceptedUntilSeamConfirms() {
        var grant = commands.pin(UUID.randomUUID(), 1, "482913", END, List.of(system.entranceId("Main door")),
                List.of());
        SeamCommands.send(grant);
        var accepted = commands.awaitPhase(grant, SyncPhase.ACCEPTED);
        assertThat(accepted.vendorRefs()).containsEntry("seam.awaiting", "issued")
                .containsEntry("seam.connection_id", SeamSimulatorResource.CONNECTION)
                .containsEntry("seam.acs_system_id", system.acsSystemId())
                .containsKeys("seam.acs_user_id", "seam.acs_credential_id");
        assertThat(accepted.errorCode()).isEqualTo("waiting_to_be_issued");
        var credential = credentialsOfSystem().get(0);
        assertThat(credential.acsCredentialId()).isEqualTo(accepted.vendorRefs().get("seam.acs_credential_id"));
        assertThat(credential.accessMethod()).isEqualTo("code");
        assertThat(credential.code()).isEqualTo("482913");
        assertThat(Instant.parse(credential.endsAt())).isEqualTo(END);
        assertThat(usersOfSystem()).singleElement().satisfies(u -> assertThat(u.fullName()).startsWith("Ada "));
    }

    @Test
    void shouldReuseTheHoldersUserForASecondCredential() {
        SeamCommands.send(commands.pin(UUID.randomUUID(), 1, "111111", END, List.of(), List.of()));
        var second = commands.pin(UUID.randomUUID(), 1, "222222", END, List.of(), List.of());
        SeamCommands.send(second);
        commands.awaitPhase(second, SyncPhase.ACCEPTED);
        assertThat(usersOfSystem()).hasSize(1);
        assertThat(credentialsOfSystem()).hasSize(2).extracting(SimulatedCredential::acsUserId).containsOnly(
                usersOfSystem().get(0).acsUserId());
    }

    @Test
    void shouldUpdateInPlaceWhenOnlyThePinOrTheEndChanges() {
        var credential = UUID.randomUUID();
        var v1 = commands.pin(credential, 1, "482913", END, List.of(), List.of());
        SeamCommands.send(v1);
        String id = commands.awaitPhase(v1, SyncPhase.ACCEPTED).vendorRefs().get("seam.acs_credential_id");
        long creates = sim.requestCount("/acs/credentials/create");
        long updates = sim.requestCount("/acs/credentials/update");
        var v2 = commands.pin(credential, 2, "777000", END.plus(1, ChronoUnit.DAYS), List.of(), List.of());
        SeamCommands.send(v2);
        var accepted = commands.awaitPhase(v2, SyncPhase.ACCEPTED);
        assertThat(accepted.vendorRefs()).containsEntry("seam.acs_credential_id", id);
        assertThat(sim.requestCount("/acs/credentials/update")).isEqualTo(updates + 1);
        assertThat(sim.requestCount("/acs/credentials/create")).isEqualTo(creates);
        var held = sim.credential(id).orElseThrow();
        assertThat(held.code()).isEqualTo("777000");
        assertThat(Instant.parse(held.endsAt())).isEqualTo(END.plus(1, ChronoUnit.DAYS));
    }

    @Test
    void shouldDeleteAndRecreateWhenSomethingSeamCannotUpdateChanges() {
        var credential = UUID.randomUUID();
        var v1 = commands.pin(credential, 1, "482913", END, List.of(system.entranceId("Main door")), List.of());
        SeamCommands.send(v1);
        String oldId = commands.awaitPhase(v1, SyncPhase.ACCEPTED).vendorRefs().get("seam.acs_credential_id");
        // the entrances change, and the access method with it: neither can be updated at Seam
        var v2 = commands.present(credential, 2, CredentialKind.MOBILE_KEY, null, END,
                List.of(system.entranceId("Garage")), List.of());
        SeamCommands.send(v2);
        String newId = commands.awaitPhase(v2, SyncPhase.ACCEPTED).vendorRefs().get("seam.acs_credential_id");
        assertThat(newId).isNotEqualTo(oldId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sim.credential(oldId).orElseThrow()
                .deleted()).isTrue());
        assertThat(credentialsOfSystem()).filteredOn(c -> !c.deleted()).singleElement()
                .satisfies(c -> assertThat(c.accessMethod()).isEqualTo("mobile_key"));
    }

    @Test
    void shouldDeleteARevokedCredentialAndAwaitSeamsDeletion() {
        var credential = UUID.randomUUID();
        var v1 = commands.pin(credential, 1, "482913", END, List.of(), List.of());
        SeamCommands.send(v1);
        String id = commands.awaitPhase(v1, SyncPhase.ACCEPTED).vendorRefs().get("seam.acs_credential_id");
        var revoke = commands.absent(credential, 2);
        SeamCommands.send(revoke);
        var accepted = commands.awaitPhase(revoke, SyncPhase.ACCEPTED);
        assertThat(accepted.vendorRefs()).containsEntry("seam.awaiting", "deleted")
                .containsEntry("seam.acs_credential_id", id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sim.credential(id).orElseThrow()
                .deleted()).isTrue());
    }

    @Test
    void shouldSuspendTheUserWhenItsOnlyCredentialIsSuspendedAndUnsuspendOnResume() {
        var credential = UUID.randomUUID();
        var v1 = commands.pin(credential, 1, "482913", END, List.of(), List.of());
        SeamCommands.send(v1);
        commands.awaitPhase(v1, SyncPhase.ACCEPTED);
        var suspend = commands.suspended(v1, 2);
        SeamCommands.send(suspend);
        commands.awaitPhase(suspend, SyncPhase.APPLIED);
        assertThat(usersOfSystem().get(0).suspended()).isTrue();
        assertThat(credentialsOfSystem()).filteredOn(c -> !c.deleted()).hasSize(1);
        var resume = commands.pin(credential, 3, "482913", END, List.of(), List.of());
        SeamCommands.send(resume);
        commands.awaitPhase(resume, SyncPhase.ACCEPTED);
        assertThat(usersOfSystem().get(0).suspended()).isFalse();
        assertThat(credentialsOfSystem()).filteredOn(c -> !c.deleted()).hasSize(1);
    }

    @Test
    void shouldDeleteOnlyTheSuspendedCredentialWhileTheHolderKeepsAnother() {
        var kept = commands.pin(UUID.randomUUID(), 1, "111111", END, List.of(), List.of());
        var other = commands.pin(UUID.randomUUID(), 1, "222222", END, List.of(), List.of());
        SeamCommands.send(kept, other);
        commands.awaitPhase(other, SyncPhase.ACCEPTED);
        var suspend = commands.suspended(other, 2);
        SeamCommands.send(suspend);
        commands.awaitPhase(suspend, SyncPhase.ACCEPTED);
        assertThat(usersOfSystem().get(0).suspended()).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(credentialsOfSystem())
                .filteredOn(c -> !c.deleted()).singleElement().satisfies(c -> assertThat(c.code()).isEqualTo(
                        "111111")));
    }

    @Test
    void shouldPutTheUserInTheGrantsAccessGroupsAndTakeThemAwayOnRevoke() {
        var credential = UUID.randomUUID();
        String staff = system.accessGroupId("Staff");
        var v1 = commands.pin(credential, 1, "482913", END, List.of(), List.of(staff));
        SeamCommands.send(v1);
        commands.awaitPhase(v1, SyncPhase.ACCEPTED);
        assertThat(usersOfSystem().get(0).accessGroupIds()).containsExactly(staff);
        var revoke = commands.absent(credential, 2);
        SeamCommands.send(revoke);
        commands.awaitPhase(revoke, SyncPhase.ACCEPTED);
        assertThat(usersOfSystem().get(0).accessGroupIds()).isEmpty();
    }

    @Test
    void shouldScheduleTheUserToTheCredentialsWindowWhereTheSystemNeedsIt() {
        var scheduled = commands.withTargetSettings(Map.of("seam.user_access_schedule", "true"));
        var grant = scheduled.pin(UUID.randomUUID(), 1, "482913", END, List.of(), List.of());
        SeamCommands.send(grant);
        commands.awaitPhase(grant, SyncPhase.ACCEPTED);
        var schedule = usersOfSystem().get(0).json().getJsonObject("access_schedule");
        assertThat(Instant.parse(schedule.getString("ends_at"))).isEqualTo(END);
        var longer = scheduled.pin(grant.credentialId(), 2, "482913", END.plus(7, ChronoUnit.DAYS), List.of(),
                List.of());
        SeamCommands.send(longer);
        commands.awaitPhase(longer, SyncPhase.ACCEPTED);
        assertThat(Instant.parse(usersOfSystem().get(0).json().getJsonObject("access_schedule").getString(
                "ends_at"))).isEqualTo(END.plus(7, ChronoUnit.DAYS));
    }

    @Test
    void shouldLeaveExactlyOneCredentialWhenACreateTimesOutAfterSeamStoredIt() {
        sim.faults().next(1).timeoutAfterWrite("/acs/credentials/create");
        var grant = commands.pin(UUID.randomUUID(), 1, "482913", END, List.of(), List.of());
        SeamCommands.send(grant);
        var accepted = commands.awaitPhase(grant, SyncPhase.ACCEPTED);
        assertThat(credentialsOfSystem()).singleElement().satisfies(c -> assertThat(c.acsCredentialId())
                .isEqualTo(accepted.vendorRefs().get("seam.acs_credential_id")));
        assertThat(commands.outcomesThrough(accepted)).anySatisfy(o -> {
            assertThat(o.phase()).isEqualTo(SyncPhase.RETRYING);
            assertThat(o.errorCode()).isEqualTo("connection_lost");
        });
    }

    @Test
    void shouldLeaveExactlyOneUserWhenAUserCreateTimesOutAfterSeamStoredIt() {
        sim.faults().next(1).timeoutAfterWrite("/acs/users/create");
        var grant = commands.pin(UUID.randomUUID(), 1, "482913", END, List.of(), List.of());
        SeamCommands.send(grant);
        commands.awaitPhase(grant, SyncPhase.ACCEPTED);
        assertThat(usersOfSystem()).hasSize(1);
        assertThat(credentialsOfSystem()).hasSize(1);
    }

    /**
     * Found by the fault runs (kill -9 of the dispatcher): the slot still names a credential that is gone, while the
     * replacement created just before the crash is unknown. A revocation retried after that must remove it too.
     */
    @Test
    void shouldRemoveACredentialNobodyKnowsWhenARevocationIsRetried() throws Exception {
        var credential = UUID.randomUUID();
        var v1 = commands.pin(credential, 1, "482913", END, List.of(), List.of());
        SeamCommands.send(v1);
        var accepted = commands.awaitPhase(v1, SyncPhase.ACCEPTED);
        String known = accepted.vendorRefs().get("seam.acs_credential_id");
        String user = accepted.vendorRefs().get("seam.acs_user_id");
        // Given the known credential gone and an unknown one on the holder's user (what a crash leaves)
        seamApi("/acs/credentials/delete", "{\"acs_credential_id\":\"" + known + "\"}");
        seamApi("/acs/credentials/create", "{\"acs_user_id\":\"" + user + "\",\"access_method\":\"code\","
                + "\"code\":\"482913\"}");
        // When the revocation's first attempt fails, so that the second one is a retry
        sim.faults().next(1).serverError("/acs/credentials/delete", 503);
        var revoke = commands.absent(credential, 2);
        SeamCommands.send(revoke);
        commands.awaitPhase(revoke, SyncPhase.ACCEPTED);
        // Then nothing is left live on the holder's user
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(credentialsOfSystem())
                .filteredOn(c -> c.acsUserId().equals(user) && !c.deleted()).isEmpty());
    }

    private void seamApi(String path, String json) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.baseUrl() + path)).header("Authorization", "Bearer " + sim.apiKey())
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        json))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void shouldRetryServerErrorsAndRateLimitsWithoutDuplicates() {
        sim.faults().next(2).serverError("/acs/credentials/create", 503);
        sim.faults().next(1).rateLimited("/acs/credentials/create", Duration.ofSeconds(1));
        var grant = commands.pin(UUID.randomUUID(), 1, "482913", END, List.of(), List.of());
        SeamCommands.send(grant);
        var accepted = commands.awaitPhase(grant, SyncPhase.ACCEPTED);
        assertThat(credentialsOfSystem()).hasSize(1);
        var retries = commands.outcomesThrough(accepted).stream().filter(o -> o.phase() == SyncPhase.RETRYING)
                .toList();
        assertThat(retries).extracting(o -> o.errorCode()).contains("rate_limited");
        assertThat(retries).allSatisfy(o -> assertThat(o.vendorMessage()).contains("seam-request-id"));
    }

    @Test
    void shouldFailOnlyTheCredentialSeamRefusesWithSeamsCodeAndRequestId() {
        var refused = commands.pin(UUID.randomUUID(), 1, "12ab", END, List.of(), List.of());
        var fine = commands.pin(UUID.randomUUID(), 1, "654321", END, List.of(), List.of());
        SeamCommands.send(refused, fine);
        var failed = commands.awaitPhase(refused, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("invalid_input");
        assertThat(failed.vendorMessage()).contains("code").contains("seam-request-id").doesNotContain("12ab");
        commands.awaitPhase(fine, SyncPhase.ACCEPTED);
    }

    private List<SimulatedCredential> credentialsOfSystem() {
        return sim.credentials().stream().filter(c -> c.acsSystemId().equals(system.acsSystemId())).toList();
    }

    private List<io.credsync.simulator.seam.SimulatedUser> usersOfSystem() {
        return sim.users().stream().filter(u -> u.acsSystemId().equals(system.acsSystemId()) && !u.deleted())
                .toList();
    }
}
