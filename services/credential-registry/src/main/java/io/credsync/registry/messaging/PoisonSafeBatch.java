package io.credsync.registry.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.credsync.support.messaging.DeadLetters.Letter;
import io.credsync.support.messaging.FailureVerdict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * How the registry's batch consumers apply a poll batch so that no record can stop them: each record is read on its
 * own (what cannot be read is poison), the readable ones are applied in one transaction, and if that fails each is
 * applied in a transaction of its own, where {@link FailureVerdict} decides: an outage is retried until it passes,
 * poison becomes a dead letter. Returns the dead letters; nothing is skipped silently.
 */
final class PoisonSafeBatch<T> {

    /** One readable record and what was read from it. */
    record Item<T>(ConsumerRecord<String, byte[]> record, T value) {
    }

    /** Applies items inside the current transaction; returns the items it refused (already as dead letters). */
    interface Applier<T> {
        Uni<List<Letter>> apply(List<Item<T>> items);
    }

    private static final Logger LOG = Logger.getLogger(PoisonSafeBatch.class);

    private final List<Item<T>> items = new ArrayList<>();
    private final List<Letter> unreadable = new ArrayList<>();

    PoisonSafeBatch(List<ConsumerRecord<String, byte[]>> records, Function<ConsumerRecord<String, byte[]>, T> reader) {
        for (var record : records) {
            try {
                items.add(new Item<>(record, reader.apply(record)));
            } catch (RuntimeException | StackOverflowError e) {
                unreadable.add(Letter.of(record, e));
            }
        }
    }

    Uni<List<Letter>> apply(Applier<T> applier) {
        Uni<List<Letter>> applied = items.isEmpty()
                ? Uni.createFrom().item(List.of())
                : Panache.withTransaction(() -> applier.apply(items))
                        .onFailure().invoke(e -> LOG.warnf("batch of %d records not applied, applying one by one: %s",
                                items.size(), e.toString()))
                        .onFailure().recoverWithUni(() -> oneByOne(applier));
        return applied.map(refused -> {
            var letters = new ArrayList<>(unreadable);
            letters.addAll(refused);
            return letters;
        });
    }

    private Uni<List<Letter>> oneByOne(Applier<T> applier) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> Panache.withTransaction(() -> applier.apply(List.of(
                        item)))
                        .onFailure(FailureVerdict::isRetryable).invoke(e -> LOG.warnf(
                                "%s-%d@%d not applied yet, retrying: %s", item.record().topic(),
                                item.record().partition(), item.record().offset(), e.toString()))
                        .onFailure(FailureVerdict::isRetryable).retry()
                        .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(10)).indefinitely()
                        .onFailure().recoverWithItem(e -> List.of(Letter.of(item.record(), e))))
                .collect().in(ArrayList<Letter>::new, List::addAll)
                .map(letters -> (List<Letter>) letters);
    }
}
