package io.credsync.ingest.seam;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.ingest.IngestedOutcomes.awaitOutcome;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "ingest")
@WithTestResource(SeamSimulatorResource.EventsPollOnly.class)
class SeamEventsPollTest extends SeamIngestTestBase {

    @BeforeEach
    void givenNoWebhookEndpoint() {
        sim.webhooks().endpoint(null);
    }

    @Test
    void shouldPickUpCredentialEventsFromTheEventsListWhenNoWebhookIsConfigured() throws Exception {
        // Given three credentials the dispatcher reported accepted (more events than one page of two)
        var credentials = new UUID[]{UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID credential : credentials) {
            publishAccepted(credential, 1, createCredential(SeamSimulatorResource.acsSystemId), "issued");
        }
        // When their acs_credential.issued events are listed by /events/list
        // Then each is applied
        for (UUID credential : credentials) {
            assertThat(awaitOutcome(credential, SyncPhase.APPLIED).source()).isEqualTo("event-ingest");
        }
        assertThat(sim.requestCount("/events/list")).isPositive();
    }
}
