package io.credsync.vendor.seam.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.ingest.testing.EventIngestTestProfile;
import io.credsync.model.Topics;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.seam.webhook.SvixSignature;
import io.credsync.simulator.seam.webhook.WebhookDelivery;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.vendor.seam.SeamRefs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static io.credsync.ingest.testing.IngestedOutcomes.awaitOutcome;
import static io.credsync.ingest.testing.IngestedOutcomes.outcomesFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(EventIngestTestProfile.class)
@WithCredsyncInfra(databasePrefix = "ingest")
@WithTestResource(SeamSimulatorResource.WebhooksOnly.class)
class SeamWebhookTest extends SeamIngestTestBase {

    private static final Duration QUIET = Duration.ofSeconds(3);

    @BeforeEach
    void givenWebhooksToEventIngest() {
        sim.webhooks().endpoint(webhookUrl(connectionId()));
        sim.webhooks().resume();
    }

    @Test
    void shouldPublishOneAppliedOutcomeWhenASignedWebhookConfirmsTheAwaitedCredential() throws Exception {
        // Given a credential Seam took and the dispatcher reported accepted
        var acsCredential = createCredential(SeamSimulatorResource.acsSystemId);
        var credential = UUID.randomUUID();
        publishAccepted(credential, 3, acsCredential, "issued");
        // When the access system confirms it (acs_credential.issued, by webhook)
        var applied = awaitOutcome(credential, SyncPhase.APPLIED);
        // Then exactly one applied outcome, from event-ingest, for that version and Seam credential
        assertThat(applied.version()).isEqualTo(3);
        assertThat(applied.source()).isEqualTo("event-ingest");
        assertThat(applied.tenant()).isEqualTo(tenant);
        assertThat(applied.vendorRefs()).containsEntry(SeamRefs.ACS_CREDENTIAL_ID, acsCredential.path(
                "acs_credential_id").asText());
        assertThat(outcomesFor(credential, QUIET)).filteredOn(o -> o.phase() == SyncPhase.APPLIED).hasSize(1);
    }

    @Test
    void shouldDoNothingForARepeatedSvixMessage() throws Exception {
        // Given a delivered webhook
        var acsCredential = createCredential(SeamSimulatorResource.acsSystemId);
        var credential = UUID.randomUUID();
        publishAccepted(credential, 1, acsCredential, "issued");
        awaitOutcome(credential, SyncPhase.APPLIED);
        WebhookDelivery delivered = deliveryOf(acsCredential.path("acs_credential_id").asText(),
                "acs_credential.issued");
        // When Svix delivers the same message again (here with a body that would otherwise be dead-lettered)
        String body = "{not json " + UUID.randomUUID();
        var response = postWebhook(connectionId(), signed(delivered.svixId(), body, SeamSimulatorResource.SECRET),
                body);
        // Then it is acknowledged and nothing more is published
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(deadLetters(delivered.svixId(), QUIET)).isEmpty();
        assertThat(outcomesFor(credential, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void shouldRejectAForgedSignature() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = garbage();
        // When
        var response = postWebhook(connectionId(), signed(svixId, body, SvixSignature.newSecret()), body);
        // Then
        assertRejected(response, svixId);
    }

    @Test
    void shouldRejectATimestampMoreThanFiveMinutesOld() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = garbage();
        long stale = Instant.now().minus(Duration.ofMinutes(5).plusSeconds(30)).getEpochSecond();
        var headers = Map.of("svix-id", svixId, "svix-timestamp", Long.toString(stale), "svix-signature",
                SvixSignature.header(svixId, stale, body, List.of(SeamSimulatorResource.SECRET)));
        // When
        var response = postWebhook(connectionId(), headers, body);
        // Then
        assertRejected(response, svixId);
    }

    @Test
    void shouldRejectAMissingSignatureHeader() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = garbage();
        var headers = Map.of("svix-id", svixId, "svix-timestamp", Long.toString(Instant.now().getEpochSecond()));
        // When
        var response = postWebhook(connectionId(), headers, body);
        // Then
        assertRejected(response, svixId);
    }

    @Test
    void shouldRejectAWebhookForAnUnknownConnection() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = garbage();
        // When
        var response = postWebhook("nobody", signed(svixId, body, SeamSimulatorResource.SECRET), body);
        // Then
        assertRejected(response, svixId);
    }

    @Test
    void shouldAcceptAMessageWhenOnlyTheSecondSignatureMatches() throws Exception {
        // Given a rotation: the first signature is made with a secret event-ingest does not know
        String svixId = SvixSignature.newMessageId();
        String body = garbage();
        long now = Instant.now().getEpochSecond();
        var headers = Map.of("svix-id", svixId, "svix-timestamp", Long.toString(now), "svix-signature",
                SvixSignature.header(svixId, now, body, List.of(SvixSignature.newSecret(),
                        SeamSimulatorResource.SECRET)));
        // When
        var response = postWebhook(connectionId(), headers, body);
        // Then it was accepted and handled (here: dead-lettered)
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(awaitDeadLetter(svixId)).isNotNull();
    }

    @Test
    void shouldAcceptAMessageSignedWithAnotherConfiguredSecret() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = "{\"event_id\":\"" + UUID.randomUUID() + "\",\"event_type\":\"acs_user.created\"}";
        // When
        var response = postWebhook(connectionId(), signed(svixId, body, SeamSimulatorResource.OLD_SECRET), body);
        // Then
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void shouldDeadLetterASignedBodyThatIsNotJson() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = garbage();
        // When
        var response = postWebhook(connectionId(), signed(svixId, body, SeamSimulatorResource.SECRET), body);
        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        var letter = awaitDeadLetter(svixId);
        assertThat(TopicProbe.text(letter)).isEqualTo(body);
        assertThat(TopicProbe.header(letter, "dead-letter-reason")).startsWith("unparseable JSON");
        assertThat(TopicProbe.header(letter, "dead-letter-cause")).isEqualTo("unparseable_json");
        assertThat(TopicProbe.header(letter, "seam-connection-id")).isEqualTo(connectionId());
    }

    @Test
    void shouldDeadLetterASignedEventOfAnUnknownType() throws Exception {
        // Given
        String svixId = SvixSignature.newMessageId();
        String body = "{\"event_id\":\"" + UUID.randomUUID() + "\",\"event_type\":\"teleporter.beamed\"}";
        // When
        var response = postWebhook(connectionId(), signed(svixId, body, SeamSimulatorResource.SECRET), body);
        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        var letter = awaitDeadLetter(svixId);
        assertThat(TopicProbe.header(letter, "dead-letter-reason")).isEqualTo("unknown event type teleporter.beamed");
        assertThat(TopicProbe.header(letter, "dead-letter-cause")).isEqualTo("unknown_event_type");
    }

    @Test
    void shouldReportAppliedWhenAnAwaitedDeletionHappens() throws Exception {
        // Given an issued credential whose deletion Seam took
        var acsCredential = createCredential(SeamSimulatorResource.acsSystemId);
        String acsCredentialId = acsCredential.path("acs_credential_id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.credential(acsCredentialId).orElseThrow().json()
                .getBoolean("is_latest_desired_state_synced_with_provider"));
        deleteCredential(acsCredentialId);
        var credential = UUID.randomUUID();
        publishAccepted(credential, 2, acsCredential, "deleted");
        // When the access system deletes it (acs_credential.deleted)
        var applied = awaitOutcome(credential, SyncPhase.APPLIED);
        // Then
        assertThat(applied.version()).isEqualTo(2);
    }

    @Test
    void shouldResolveAnEventThatArrivedBeforeTheWatch() throws Exception {
        // Given the issued webhook was delivered before the dispatcher's outcome
        var acsCredential = createCredential(SeamSimulatorResource.acsSystemId);
        String acsCredentialId = acsCredential.path("acs_credential_id").asText();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .untilAsserted(() -> assertThat(deliveryOf(acsCredentialId,
                        "acs_credential.issued").status()).isEqualTo(WebhookDelivery.Status.SUCCEEDED));
        var credential = UUID.randomUUID();
        // When the dispatcher's accepted outcome arrives
        publishAccepted(credential, 5, acsCredential, "issued");
        // Then the parked event is resolved by reading the credential back
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(5);
    }

    private WebhookDelivery deliveryOf(String acsCredentialId, String eventType) {
        var event = sim.events().stream()
                .filter(e -> e.eventType().equals(eventType))
                .filter(e -> acsCredentialId.equals(e.json().getString("acs_credential_id")))
                .findFirst().orElseThrow();
        return sim.webhooks().deliveriesOf(event.eventId()).get(0);
    }

    @Test
    void shouldAnswerEveryRefusalBeforeTheReceiverWithAProblem() throws Exception {
        // Given requests a new integrator might send: path, method, URI length and body size wrong
        String svixId = SvixSignature.newMessageId();
        String big = "{\"event_type\":\"" + "x".repeat(300 * 1024) + "\"}";
        var refusals = Map.of(
                send("GET", webhookUrl(connectionId()), null), "method-not-allowed",
                send("POST", webhookUrl(connectionId()).replace("/webhooks/seam/", "/webhooks/acme/"), "{}"),
                "not-found",
                send("POST", webhookUrl(connectionId()) + "?" + "q".repeat(5000), "{}"), "uri-too-long",
                postWebhook(connectionId(), signed(svixId, big, SeamSimulatorResource.SECRET), big),
                "body-too-large");
        // Then each is a problem of its type, and nothing reached the dead-letter topic
        refusals.forEach((response, type) -> {
            assertThat(response.headers().firstValue("content-type")).as(type).hasValueSatisfying(
                    contentType -> assertThat(contentType).startsWith("application/problem+json"));
            assertThat(response.body()).as(type).contains("\"type\":\"https://credsync.io/problems/" + type + "\"")
                    .contains("\"status\":" + response.statusCode()).doesNotContain("xxxxxxxx");
        });
        assertThat(refusals.keySet()).extracting(java.net.http.HttpResponse::statusCode)
                .containsExactlyInAnyOrder(405, 404, 414, 413);
        assertThat(deadLetters(svixId, QUIET)).isEmpty();
    }

    private java.net.http.HttpResponse<String> send(String method, String url, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Content-Type",
                "application/json").method(method,
                        body == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private void assertRejected(java.net.http.HttpResponse<String> response, String svixId) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
        assertThat(deadLetters(svixId, QUIET)).isEmpty();
    }

    private static String garbage() {
        return "{this is not json " + UUID.randomUUID();
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String svixId) {
        return TopicProbe.readUntil(Topics.VENDOR_EVENTS_DLQ, r -> svixId.equals(r.key()), found -> !found.isEmpty(),
                Duration.ofSeconds(30)).get(0);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String svixId, Duration window) {
        return TopicProbe.readFor(Topics.VENDOR_EVENTS_DLQ, r -> svixId.equals(r.key()), window);
    }
}
