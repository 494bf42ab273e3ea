package io.credsync.vendor.seam.events;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.ingest.testing.EventIngestTestProfile;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.vendor.seam.SeamRefs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static io.credsync.ingest.testing.IngestedOutcomes.awaitOutcome;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(EventIngestTestProfile.class)
@WithCredsyncInfra(databasePrefix = "ingest")
@WithTestResource(SeamSimulatorResource.SweepOnly.class)
class SeamReadbackSweepTest extends SeamIngestTestBase {

    @BeforeEach
    void givenWebhooksThatAreLost() {
        sim.webhooks().endpoint(webhookUrl(connectionId()));
        sim.webhooks().pause();
    }

    @Test
    void shouldReportAppliedFromTheReadBackWhenTheWebhookIsLost() throws Exception {
        // Given
        var acsCredential = createCredential(SeamSimulatorResource.acsSystemId);
        var credential = UUID.randomUUID();
        // When
        publishAccepted(credential, 1, acsCredential, "issued");
        // Then
        var applied = awaitOutcome(credential, SyncPhase.APPLIED);
        assertThat(applied.vendorRefs()).containsKey(SeamRefs.REQUEST_ID);
    }

    @Test
    void shouldReportFailedWithSeamsCodeWhenTheAccessSystemRefusesTheCredential() throws Exception {
        // Given an access system that refuses writes
        String failing = sim.addAcsSystem("Failing " + tenant).acsSystemId();
        sim.failSystem(failing);
        var acsCredential = createCredential(failing);
        var credential = UUID.randomUUID();
        // When
        publishAccepted(credential, 1, acsCredential, "issued");
        // Then
        var failed = awaitOutcome(credential, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("failed_to_create_on_acs_system");
        assertThat(failed.vendorMessage()).isNotBlank();
    }

    @Test
    void shouldReportFailedWhenTheAwaitedCredentialWasDeletedAtSeam() throws Exception {
        // Given a credential deleted at Seam before it was confirmed
        var acsCredential = createCredential(SeamSimulatorResource.acsSystemId);
        deleteCredential(acsCredential.path("acs_credential_id").asText());
        var credential = UUID.randomUUID();
        // When
        publishAccepted(credential, 1, acsCredential, "issued");
        // Then
        var failed = awaitOutcome(credential, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("deleted_at_seam");
    }
}
