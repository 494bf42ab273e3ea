package io.credsync.registry.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.credsync.model.Topics;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.json.Json;
import io.credsync.model.validation.ContractViolation;
import io.credsync.model.validation.InvalidInputException;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.messaging.PoisonSafeBatch.Item;
import io.credsync.registry.write.CredentialWriter;
import io.credsync.registry.write.WriteContext;
import io.credsync.support.messaging.DeadLetters.Letter;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Applies changes from {@code credsync.credential-changes.v1} a poll batch at a time, in one transaction, in record
 * order (so per-credential order, given by the partition key, holds). {@link PoisonSafeBatch} keeps any record from
 * stopping the channel: a change that can never succeed goes to the dead-letter topic with its rule and reason, a
 * database outage is retried, and the batch is acknowledged only after both the transaction and the dead letters.
 */
@ApplicationScoped
public class CredentialChangeConsumer {

    private final ChangeMapper mapper;
    private final CredentialWriter writer;
    private final DeadLetterPublisher deadLetters;

    public CredentialChangeConsumer(ChangeMapper mapper, CredentialWriter writer, DeadLetterPublisher deadLetters) {
        this.mapper = mapper;
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.CREDENTIAL_CHANGES)
    public Uni<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return new PoisonSafeBatch<>(IncomingRecords.of(batch), this::read)
                .apply(this::applyAll)
                .flatMap(rejected -> deadLetters.publish(Topics.CREDENTIAL_CHANGES_DLQ, rejected))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private CredentialMutation read(ConsumerRecord<String, byte[]> record) {
        var change = Json.read(record.value(), CredentialChange.class);
        if (change.tenant() != null && change.externalCredentialId() != null
                && !change.partitionKey().equals(record.key())) {
            throw new ContractViolation("record.key", "the record key must be tenant/external_credential_id, so "
                    + "that one credential's changes stay in order");
        }
        return mapper.toMutation(change);
    }

    /** Applies every item in the current transaction; a change its rules refuse becomes a dead letter. */
    private Uni<List<Letter>> applyAll(List<Item<CredentialMutation>> items) {
        var context = new WriteContext();
        return context.preload(items.stream().map(Item::value).toList())
                .chain(() -> Multi.createFrom().iterable(items)
                        .onItem().transformToUniAndConcatenate(item -> applyOne(item, context))
                        .collect().asList())
                .call(context::flush);
    }

    /** Emits the item's dead letter, or nothing (an empty Uni is skipped by the concatenation) when applied. */
    private Uni<Letter> applyOne(Item<CredentialMutation> item, WriteContext context) {
        // a rule refusal touches no row, so the batch's transaction goes on; any other failure fails the batch
        return writer.apply(item.value(), context)
                .onItem().transform(applied -> (Letter) null)
                .onFailure(InvalidInputException.class).recoverWithItem(e -> Letter.of(item.record(), e));
    }
}
