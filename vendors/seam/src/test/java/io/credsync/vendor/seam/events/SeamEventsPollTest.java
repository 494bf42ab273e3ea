package io.credsync.vendor.seam.events;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.ingest.testing.EventIngestTestProfile;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static io.credsync.ingest.testing.IngestedOutcomes.awaitOutcome;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(EventIngestTestProfile.class)
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

    /** A listed event nobody could read used to fail the whole poll, so no event after it was ever handled. */
    @Test
    void shouldParkAnUnreadableListedEventAndHandleTheOnesAfterIt() throws Exception {
        // Given an issued event whose credential id is an object, then a credential the dispatcher reported accepted
        String badId = sim.simulation().publishRawEvent("acs_credential.issued", new io.vertx.core.json.JsonObject()
                .put("acs_credential_id", new io.vertx.core.json.JsonObject().put("not", "an id")));
        var credential = UUID.randomUUID();
        publishAccepted(credential, 1, createCredential(SeamSimulatorResource.acsSystemId), "issued");
        // Then the event after the bad one is applied, and the bad one is parked once with its rule
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).source()).isEqualTo("event-ingest");
        var parked = io.credsync.testsupport.TopicProbe.readUntil(io.credsync.model.Topics.VENDOR_EVENTS_DLQ,
                r -> badId.equals(r.key()), found -> !found.isEmpty(), java.time.Duration.ofSeconds(30));
        assertThat(io.credsync.testsupport.TopicProbe.header(parked.get(0), "dead-letter-rule")).isEqualTo(
                "json.shape");
    }
}
