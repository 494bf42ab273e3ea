package io.credsync.ingest.testing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.TopicProbe;

/** The outcomes event-ingest published about one credential, read from the real outcomes topic. */
public final class IngestedOutcomes {

    private IngestedOutcomes() {
    }

    /** The first outcome in {@code phase} event-ingest published for the credential; fails after 30 s. */
    public static SyncOutcome awaitOutcome(UUID credential, SyncPhase phase) {
        return TopicProbe.readUntil(Topics.SYNC_OUTCOMES, r -> fromIngest(r, credential),
                found -> found.stream().anyMatch(r -> outcome(r).phase() == phase), Duration.ofSeconds(30))
                .stream()
                .map(IngestedOutcomes::outcome)
                .filter(o -> o.phase() == phase)
                .findFirst().orElseThrow();
    }

    /** Outcomes event-ingest published for the credential within {@code window}. */
    public static List<SyncOutcome> outcomesFor(UUID credential, Duration window) {
        return TopicProbe.readFor(Topics.SYNC_OUTCOMES, r -> fromIngest(r, credential), window).stream()
                .map(IngestedOutcomes::outcome).toList();
    }

    private static SyncOutcome outcome(ConsumerRecord<String, byte[]> record) {
        return Json.read(record.value(), SyncOutcome.class);
    }

    private static boolean fromIngest(ConsumerRecord<String, byte[]> record, UUID credential) {
        var text = TopicProbe.text(record);
        return text.contains(credential.toString()) && text.contains("\"source\":\"event-ingest\"");
    }
}
