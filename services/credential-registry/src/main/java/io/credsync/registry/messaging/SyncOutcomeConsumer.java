package io.credsync.registry.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.credsync.model.Topics;
import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.registry.messaging.DeadLetterPublisher.DeadLetter;
import io.credsync.registry.status.StatusFolder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Folds {@code credsync.sync-outcomes.v1} into sync status a poll batch per transaction; unparseable outcomes go to
 * the dead-letter topic, database failures are retried.
 */
@ApplicationScoped
public class SyncOutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(SyncOutcomeConsumer.class);

    private final StatusFolder folder;
    private final DeadLetterPublisher deadLetters;

    public SyncOutcomeConsumer(StatusFolder folder, DeadLetterPublisher deadLetters) {
        this.folder = folder;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.SYNC_OUTCOMES)
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<SyncOutcome> outcomes = new ArrayList<>();
        List<DeadLetter> rejected = new ArrayList<>();
        for (var record : IncomingRecords.of(batch)) {
            try {
                var outcome = Json.read(record.value(), SyncOutcome.class);
                requireIdentity(outcome);
                outcomes.add(outcome);
            } catch (ContractParseException | IllegalArgumentException e) {
                rejected.add(new DeadLetter(record, e));
            }
        }
        Uni<Integer> folded = outcomes.isEmpty()
                ? Uni.createFrom().item(0)
                : Panache.withTransaction(() -> folder.fold(outcomes))
                        .onFailure().invoke(e -> LOG.warnf("%d outcomes not folded yet, retrying: %s",
                                outcomes.size(), e.toString()))
                        .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(10))
                        .indefinitely();
        return folded
                .chain(() -> deadLetters.publish(Topics.SYNC_OUTCOMES_DLQ, rejected))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private static void requireIdentity(SyncOutcome outcome) {
        if (outcome.eventId() == null || outcome.credentialId() == null || outcome.targetId() == null
                || outcome.phase() == null || outcome.tenant() == null) {
            throw new IllegalArgumentException(
                    "sync outcome needs event_id, tenant, credential_id, target_id and phase");
        }
    }
}
