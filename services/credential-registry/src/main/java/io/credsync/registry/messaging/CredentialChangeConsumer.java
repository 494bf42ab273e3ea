package io.credsync.registry.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.credsync.model.Topics;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.credential.CredentialWriter;
import io.credsync.registry.credential.WriteContext;
import io.credsync.registry.messaging.DeadLetterPublisher.DeadLetter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Applies changes from {@code credsync.credential-changes.v1} a poll batch at a time, in one transaction, in record
 * order (so per-credential order, given by the partition key, holds). A change that can never succeed goes to the
 * dead-letter topic with the reason; the batch is acknowledged only after both the transaction and the dead letters.
 * A database failure is retried, so a valid change is never dead-lettered for an outage.
 */
@ApplicationScoped
public class CredentialChangeConsumer {

    private static final Logger LOG = Logger.getLogger(CredentialChangeConsumer.class);

    /** One record: either a mutation to apply or the reason it cannot be. */
    private record Item(ConsumerRecord<String, byte[]> record, CredentialMutation mutation, Throwable rejection) {
    }

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
        List<Item> items = new ArrayList<>();
        for (var record : IncomingRecords.of(batch)) {
            items.add(parse(record));
        }
        return Panache.withTransaction(() -> applyAll(items, new WriteContext()))
                .onFailure().invoke(e -> LOG.warnf("batch of %d changes not applied, retrying one by one: %s",
                        items.size(), e.toString()))
                .onFailure().recoverWithUni(() -> applyOneByOne(items))
                .flatMap(rejected -> deadLetters.publish(Topics.CREDENTIAL_CHANGES_DLQ, rejected))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private Item parse(ConsumerRecord<String, byte[]> record) {
        try {
            return new Item(record, mapper.toMutation(Json.read(record.value(), CredentialChange.class)), null);
        } catch (ContractParseException | ChangeRejectedException e) {
            return new Item(record, null, e);
        }
    }

    /** Applies every valid item in the current transaction; returns what must be dead-lettered. */
    private Uni<List<DeadLetter>> applyAll(List<Item> items, WriteContext context) {
        List<CredentialMutation> mutations = items.stream().filter(i -> i.mutation() != null)
                .map(Item::mutation).toList();
        return context.preload(mutations)
                .chain(() -> Multi.createFrom().iterable(items)
                        .onItem().transformToUniAndConcatenate(item -> applyOne(item, context))
                        .collect().asList())
                .call(context::flush);
    }

    /** Emits the item's dead letter, or nothing (an empty Uni is skipped by the concatenation) when applied. */
    private Uni<DeadLetter> applyOne(Item item, WriteContext context) {
        if (item.rejection() != null) {
            return Uni.createFrom().item(new DeadLetter(item.record(), item.rejection()));
        }
        return writer.apply(item.mutation(), context)
                .onItem().transform(applied -> (DeadLetter) null)
                .onFailure(ChangeRejectedException.class).recoverWithItem(e -> new DeadLetter(item.record(), e));
    }

    /** After a failed batch: each item in its own transaction, retried while the failure is not a rejection. */
    private Uni<List<DeadLetter>> applyOneByOne(List<Item> items) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> Panache.withTransaction(() -> {
                    var context = new WriteContext();
                    return applyOne(item, context).call(context::flush);
                })
                        .onFailure().invoke(e -> LOG.warnf("change at %s-%d@%d not applied yet, retrying: %s",
                                item.record().topic(), item.record().partition(), item.record().offset(),
                                e.toString()))
                        .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(10))
                        .indefinitely())
                .collect().asList();
    }
}
