package io.credsync.registry.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.registry.messaging.PoisonSafeBatch.Item;
import io.credsync.registry.status.StatusFolder;
import io.credsync.support.messaging.DeadLetters.Letter;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Folds {@code credsync.sync-outcomes.v1} into sync status a poll batch per transaction. {@link PoisonSafeBatch}
 * keeps any record from stopping the channel: an unreadable outcome, or one the database refuses, goes to the
 * dead-letter topic; an outage is retried.
 */
@ApplicationScoped
public class SyncOutcomeConsumer {

    private final StatusFolder folder;
    private final DeadLetterPublisher deadLetters;

    public SyncOutcomeConsumer(StatusFolder folder, DeadLetterPublisher deadLetters) {
        this.folder = folder;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.SYNC_OUTCOMES)
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return new PoisonSafeBatch<>(IncomingRecords.of(batch),
                record -> Json.read(record.value(), SyncOutcome.class).checkRecord(record.key()))
                .apply(this::fold)
                .flatMap(rejected -> deadLetters.publish(Topics.SYNC_OUTCOMES_DLQ, rejected))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private Uni<List<Letter>> fold(List<Item<SyncOutcome>> items) {
        return folder.fold(items.stream().map(Item::value).toList()).replaceWith(List.of());
    }
}
