package io.credsync.vendor.jetstream.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.ingest.testing.EventIngestTestProfile;
import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.jetstream.JetstreamPaths;
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
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
@WithTestResource(EventsSimulatorResource.class)
class JetstreamEventIngestTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private JetstreamSimulator sim;
    private String tenant;

    @BeforeEach
    void givenAFreshTenant() {
        sim = EventsSimulatorResource.simulator;
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldTurnTheCompletionOfAQueuedCommandIntoApplied() throws Exception {
        // Given an offline device with a queued sync that the dispatcher reported
        String device = tenant + "-Offline";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4E5");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 4, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        // When the device comes back
        sim.device(device).online(true);
        // Then event-ingest reports the version applied, and the events are acknowledged at Jetstream
        var applied = awaitOutcome(credential, SyncPhase.APPLIED);
        assertThat(applied.version()).isEqualTo(4);
        assertThat(applied.source()).isEqualTo("event-ingest");
        assertThat(applied.vendorRefs()).containsEntry("jetstream.command_id", jetstreamCommand);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sim.pendingEvents()).isEmpty());
    }

    /**
     * Found by the fault runs: while a device is offline, a second conversation about the same credential (its
     * revocation) is reported with the same Jetstream command. event-ingest kept version 1 for that command, so the
     * completion reported version 1 and the revocation stayed queued_on_device for good.
     */
    @Test
    void shouldReportTheNewestVersionACommandCarriedForACredential() throws Exception {
        String device = tenant + "-Twice";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4E9");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 1, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        publishDispatcherOutcome(credential, device, 2, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        Thread.sleep(1_000); // both correlations recorded before the completion
        sim.device(device).online(true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outcomesFor(credential, Duration
                .ofMillis(500))).anySatisfy(o -> {
                    assertThat(o.phase()).isEqualTo(SyncPhase.APPLIED);
                    assertThat(o.version()).isEqualTo(2);
                }));
    }

    /**
     * Found by the device-offline fault run: the completion was handled while only version 1 was known to ride on the
     * command; the dispatcher's report that version 2 rides on it too came later, and version 2 stayed queued.
     */
    @Test
    void shouldCompleteAVersionReportedOnACommandThatAlreadyCompleted() throws Exception {
        String device = tenant + "-Late";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4EA");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 1, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        sim.device(device).online(true);
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(1);
        publishDispatcherOutcome(credential, device, 2, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outcomesFor(credential, Duration
                .ofMillis(500))).anySatisfy(o -> {
                    assertThat(o.phase()).isEqualTo(SyncPhase.APPLIED);
                    assertThat(o.version()).isEqualTo(2);
                }));
    }

    @Test
    void shouldResolveACompletionThatArrivesBeforeTheCommandIsKnown() throws Exception {
        // Given a queued command the device completed before event-ingest heard of the command
        String device = tenant + "-Early";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4E6");
        sim.device(device).online(true);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sim.pendingEvents()).isEmpty());
        // When the dispatcher's outcome naming that command arrives
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 2, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        // Then the parked completion becomes an outcome for it
        var applied = awaitOutcome(credential, SyncPhase.APPLIED);
        assertThat(applied.source()).isEqualTo("event-ingest");
    }

    @Test
    void shouldAddNothingForACommandTheDispatcherAlreadySettled() throws Exception {
        // Given an online device: the dispatcher reported applied from the sync response
        String device = tenant + "-Online";
        sim.device(device).online(true);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4E9");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 3, jetstreamCommand, SyncPhase.APPLIED);
        // When its queued and completion events have been read and acknowledged
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sim.pendingEvents()).isEmpty());
        // Then event-ingest published nothing for it (the registry already has the result)
        assertThat(outcomesFor(credential, Duration.ofSeconds(3))).isEmpty();
    }

    /**
     * Issue 15: two copies of one event (same EventId) in one batch both produced outcomes, because the seen-check
     * ran against the database before either was recorded, and the acknowledgement repeated the id.
     */
    @Test
    void shouldFoldTwoCopiesOfAnEventInOneBatchIntoOneOutcome() throws Exception {
        // Given a queued command the dispatcher reported, and the poller held off while its completion is duplicated
        String device = tenant + "-Twin";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4EB");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 1, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        Thread.sleep(1_000); // the correlation is recorded before the completion
        sim.faults().matching("GET", JetstreamPaths.EVENTS_WITH_LIMIT).status(503);
        sim.device(device).online(true);
        assertThat(sim.duplicatePendingEvents("CommandCompletionEvent")).isEqualTo(1);
        assertThat(sim.pendingEvents("CommandCompletionEvent")).hasSize(2);

        // When the poller reads them in one batch
        sim.faults().clear();

        // Then one outcome, and both copies acknowledged
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(1);
        assertThat(outcomesFor(credential, Duration.ofSeconds(3)))
                .filteredOn(o -> o.phase() == SyncPhase.APPLIED).hasSize(1);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sim.pendingEvents()).isEmpty());
    }

    @Test
    void shouldFailACommandTheDeviceNeverPickedUpWithCommandTimedOut() throws Exception {
        String device = tenant + "-Gone";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4E7");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 1, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        // When 25 simulated hours pass
        sim.clock().advance(Duration.ofHours(25));
        // Then
        var failed = awaitOutcome(credential, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("CommandTimedOut");
        assertThat(failed.vendorMessage()).contains("1440 minutes");
    }

    /** A vendor answer nobody can read used to fail the whole poll for good, with every event behind it. */
    @Test
    void shouldParkAnUnreadableEventAndGoOnWithTheOnesBehindIt() throws Exception {
        // Given an event of the wrong shape in the queue, then a queued command the dispatcher reported
        String badId = UUID.randomUUID().toString();
        sim.publishRawEvent(new io.vertx.core.json.JsonObject().put("Type", "CommandCompletionEvent")
                .put("EventId", badId).put("CommandId", "c-1").put("ExceptionList", "not a list"));
        String device = tenant + "-AfterPoison";
        sim.device(device).online(false);
        String jetstreamCommand = syncAtJetstream(device, "04A1B2C3D4F9");
        var credential = UUID.randomUUID();
        publishDispatcherOutcome(credential, device, 1, jetstreamCommand, SyncPhase.QUEUED_ON_DEVICE);
        // When the device comes back
        sim.device(device).online(true);
        // Then the events behind the bad one are handled, and the bad one is parked with its rule and acknowledged
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(1);
        var parked = TopicProbe.readUntil(Topics.VENDOR_EVENTS_DLQ, r -> badId.equals(r.key()),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(TopicProbe.header(parked.get(0), "dead-letter-rule")).isEqualTo("json.shape");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sim.pendingEvents())
                .noneMatch(e -> badId.equals(e.getString("EventId"))));
    }

    /**
     * Fuzzes event-ingest's consumer of {@code credsync.sync-outcomes.v1}: seeded poison outcomes among valid ones
     * that name commands the device already completed. Every poison outcome is parked as event-ingest's letter, and
     * every valid one is still correlated into an applied outcome.
     */
    @Test
    void shouldDeadLetterFuzzedPoisonOutcomesAndStillCorrelateTheValidOnes() throws Exception {
        // Given commands the device completed before event-ingest heard of them
        String device = tenant + "-Fuzz";
        sim.device(device).online(false);
        List<String> jetstreamCommands = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jetstreamCommands.add(syncAtJetstream(device, String.format("04A1B2C3D5%02X", i)));
        }
        sim.device(device).online(true);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sim.pendingEvents()).isEmpty());
        // And 3,000 poison outcomes with a valid one naming each command spread among them
        var fuzzer = new PoisonFuzzer(99L);
        var poison = fuzzer.generate(3000, () -> fuzzTemplate(device));
        List<PoisonFuzzer.Poison> stream = new java.util.ArrayList<>(poison);
        List<UUID> credentials = new java.util.ArrayList<>();
        for (int i = 0; i < jetstreamCommands.size(); i++) {
            var outcome = dispatcherOutcome(UUID.randomUUID(), device, 1, jetstreamCommands.get(i));
            credentials.add(outcome.credentialId());
            stream.add(1000 * i + 500, new PoisonFuzzer.Poison(outcome.partitionKey(), Json.write(outcome), "valid"));
        }
        // When
        fuzzer.send(Topics.SYNC_OUTCOMES, stream);
        // Then each poison outcome is parked as event-ingest's, with its rule
        var letters = fuzzer.awaitDeadLetters(Topics.SYNC_OUTCOMES_DLQ, "event-ingest", 3000, Duration.ofSeconds(180));
        assertThat(letters).hasSize(3000).allSatisfy(
                letter -> assertThat(TopicProbe.header(letter, "dead-letter-rule")).isNotBlank());
        // And every valid outcome was correlated with its completed command
        for (UUID credential : credentials) {
            assertThat(awaitOutcome(credential, SyncPhase.APPLIED).source()).isEqualTo("event-ingest");
        }
    }

    private PoisonFuzzer.Template fuzzTemplate(String device) {
        var outcome = dispatcherOutcome(UUID.randomUUID(), device, 1, "cmd-" + UUID.randomUUID());
        Map<String, java.util.function.Function<com.fasterxml.jackson.databind.node.ObjectNode, com.fasterxml.jackson.databind.node.ObjectNode>> breaks = new java.util.LinkedHashMap<>();
        breaks.put("version-zero", n -> n.put("version", 0));
        breaks.put("refs-not-strings", n -> n.set("vendor_refs", n.objectNode().set("jetstream.command_id",
                n.arrayNode().add(1))));
        return new PoisonFuzzer.Template(outcome.partitionKey(), Json.write(outcome),
                List.of("event_id", "tenant", "credential_id", "target_id", "phase"), Map.of("phase", "applied"),
                breaks);
    }

    private SyncOutcome dispatcherOutcome(UUID credential, String device, long version, String jetstreamCommand) {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), tenant, credential, device, version,
                SyncPhase.QUEUED_ON_DEVICE, null, Map.of("jetstream.command_id", jetstreamCommand), null, null,
                "dispatcher-jetstream", Instant.now());
    }

    /** Does what the dispatcher does at Jetstream (PUT the list, sync) and returns the CommandId. */
    private String syncAtJetstream(String device, String pass) throws Exception {
        send("PUT", "/3/devices/" + device.replace(" ", "%20") + "/credentials/basic", "[\"" + pass + "\"]");
        var body = send("POST", "/3/devices/" + device.replace(" ", "%20") + "/credentials/sync", null);
        return Json.mapper().readTree(body).get("CommandId").asText();
    }

    private String send(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("AccessKey", sim.accessKey())
                .header("Content-Type", "application/json")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 299);
        return response.body();
    }

    private void publishDispatcherOutcome(UUID credential, String device, long version, String jetstreamCommand,
            SyncPhase phase) throws Exception {
        var outcome = new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), tenant, credential, device, version,
                phase, null, Map.of("jetstream.command_id", jetstreamCommand), null, null, "dispatcher-jetstream",
                Instant.now());
        TopicProbe.send(Topics.SYNC_OUTCOMES, outcome.partitionKey(), Json.write(outcome));
    }
}
