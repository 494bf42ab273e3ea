package io.credsync.vendor.intserv.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.ingest.testing.EventIngestTestProfile;
import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.intserv.IntServPaths;
import io.credsync.simulator.intserv.IntServSimulator;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.ingest.testing.IngestedOutcomes.awaitOutcome;
import static io.credsync.ingest.testing.IngestedOutcomes.outcomesFor;
import static io.credsync.vendor.intserv.events.StatusSimulatorResource.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(EventIngestTestProfile.class)
@WithCredsyncInfra(databasePrefix = "ingest")
@WithTestResource(StatusSimulatorResource.class)
class IntServStatusIngestTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private IntServSimulator sim;
    private String prefix;

    @BeforeEach
    void givenOwnAccessSystems() {
        sim = StatusSimulatorResource.simulator;
        prefix = "s" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldReportAppliedOnlyOnceTheTargetsSystemAppliedTheKey() throws Exception {
        // Given a key IntServ accepted for the main system, reported accepted by the dispatcher
        String system = prefix + "-main";
        String key = addKey(proximity(), sim.system(system));
        var credential = UUID.randomUUID();
        publishAccepted(credential, system, 3, key);
        // Then nothing is final while the system has it pending
        assertThat(outcomesFor(credential, Duration.ofSeconds(2))).isEmpty();
        // When the system applies it
        sim.clock().advance(StatusSimulatorResource.PROPAGATION);
        // Then
        var applied = awaitOutcome(credential, SyncPhase.APPLIED);
        assertThat(applied.version()).isEqualTo(3);
        assertThat(applied.targetId()).isEqualTo(system);
        assertThat(applied.source()).isEqualTo("event-ingest");
        assertThat(applied.vendorRefs()).containsEntry("intserv.key_id", key);
    }

    @Test
    void shouldFailTheTargetWhoseSystemRefusedTheKeyWithItsErrorTypeAndApplyTheOther() throws Exception {
        // Given a code key on two systems, one of which does not take codes
        String main = prefix + "-main";
        String garage = prefix + "-garage";
        String mainLevel = sim.system(main);
        String garageLevel = sim.system(garage);
        sim.codesEnabled(garage, false);
        String key = addKey(new JsonObject().put("identification", String.valueOf(ThreadLocalRandom.current()
                .nextInt(100_000, 999_999))).put("type", "code"), mainLevel, garageLevel);
        var credential = UUID.randomUUID();
        publishAccepted(credential, main, 1, key);
        publishAccepted(credential, garage, 1, key);
        // When
        sim.clock().advance(StatusSimulatorResource.PROPAGATION);
        // Then
        var failed = awaitOutcome(credential, SyncPhase.FAILED);
        assertThat(failed.targetId()).isEqualTo(garage);
        assertThat(failed.errorCode()).isEqualTo("CodeNotEnabled");
        assertThat(failed.vendorMessage()).contains("PartiallyApplied", garage + ": CodeNotEnabled");
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).targetId()).isEqualTo(main);
    }

    @Test
    void shouldFollowOnlyTheNewestAcceptedVersionOfATarget() throws Exception {
        String system = prefix + "-main";
        String key = addKey(proximity(), sim.system(system));
        var credential = UUID.randomUUID();
        publishAccepted(credential, system, 1, key);
        publishAccepted(credential, system, 2, key);
        Thread.sleep(1_000); // both correlated before the system applies
        sim.clock().advance(StatusSimulatorResource.PROPAGATION);
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(2);
        assertThat(outcomesFor(credential, Duration.ofSeconds(2))).extracting(SyncOutcome::version).containsOnly(2L);
    }

    @Test
    void shouldStopFollowingAVersionOnceANewerOneIsReported() throws Exception {
        // Given version 1 accepted, then version 2 failed at the dispatcher
        String system = prefix + "-main";
        String key = addKey(proximity(), sim.system(system));
        var credential = UUID.randomUUID();
        publishAccepted(credential, system, 1, key);
        publish(credential, system, 2, SyncPhase.FAILED, Map.of());
        Thread.sleep(1_000);
        // When the system applies the key
        sim.clock().advance(StatusSimulatorResource.PROPAGATION);
        // Then event-ingest says nothing of version 1: the registry no longer waits for it
        assertThat(outcomesFor(credential, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void shouldPollThroughAnOutageOfTheStatusEndpoint() throws Exception {
        String system = prefix + "-main";
        String key = addKey(proximity(), sim.system(system));
        var credential = UUID.randomUUID();
        sim.faults().matching("POST", IntServPaths.STATUS).next(3).status(503);
        publishAccepted(credential, system, 1, key);
        sim.clock().advance(StatusSimulatorResource.PROPAGATION);
        assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(1);
    }

    @Test
    void shouldFailATargetWhoseKeyIntServNoLongerHolds() throws Exception {
        String system = prefix + "-main";
        String key = addKey(proximity(), sim.system(system));
        post(IntServPaths.REMOVE, new JsonObject().put("id", key));
        var credential = UUID.randomUUID();
        publishAccepted(credential, system, 1, key);
        var failed = awaitOutcome(credential, SyncPhase.FAILED);
        assertThat(failed.errorCode()).isEqualTo("intserv.key_missing");
    }

    @Test
    void shouldPollInBoundedBatchesUntilEveryTargetSettlesThenStopPolling() throws Exception {
        // Given three times a batch of targets in flight
        String system = prefix + "-main";
        String level = sim.system(system);
        List<UUID> credentials = new ArrayList<>();
        for (int i = 0; i < StatusSimulatorResource.BATCH * 3; i++) {
            var credential = UUID.randomUUID();
            publishAccepted(credential, system, 1, addKey(proximity(), level));
            credentials.add(credential);
        }
        // When the system applies them all
        sim.clock().advance(StatusSimulatorResource.PROPAGATION);
        // Then every one is reported, whatever the batch size
        for (UUID credential : credentials) {
            assertThat(awaitOutcome(credential, SyncPhase.APPLIED).version()).isEqualTo(1);
        }
        // And settled keys are forgotten: the status endpoint is left alone
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            long before = sim.requestCount(IntServPaths.STATUS);
            Thread.sleep(1_000);
            assertThat(sim.requestCount(IntServPaths.STATUS)).isEqualTo(before);
        });
    }

    private static JsonObject proximity() {
        return new JsonObject().put("identification", "0x" + Long.toHexString(ThreadLocalRandom.current()
                .nextLong(1L << 40, 1L << 56))).put("type", "proximity");
    }

    /** What the dispatcher would have done: the key at IntServ, answered at once. */
    private String addKey(JsonObject key, String... levels) throws Exception {
        var answer = post(IntServPaths.ADD, new JsonObject().put("key", key).put("access_levels",
                new JsonArray(List.of(levels))));
        assertThat(answer.statusCode()).isEqualTo(200);
        return new JsonObject(answer.body()).getString("id");
    }

    private HttpResponse<String> post(String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Authorization", "Bearer " + sim.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void publishAccepted(UUID credential, String system, long version, String keyId) throws Exception {
        publish(credential, system, version, SyncPhase.ACCEPTED, Map.of("intserv.key_id", keyId,
                "intserv.system_id", system, "intserv.connection_id", StatusSimulatorResource.CONNECTION,
                "intserv.awaiting", "propagation"));
    }

    /** The dispatcher's outcome, as dispatcher-intserv publishes it; the target id is the system's here. */
    private void publish(UUID credential, String system, long version, SyncPhase phase, Map<String, String> refs)
            throws Exception {
        var outcome = new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), TENANT, credential, system, version,
                phase, null, refs, null, null, "dispatcher-intserv", Instant.now());
        TopicProbe.send(Topics.SYNC_OUTCOMES, outcome.partitionKey(), Json.write(outcome));
    }
}
