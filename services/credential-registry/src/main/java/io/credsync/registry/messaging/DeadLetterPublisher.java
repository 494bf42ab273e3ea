package io.credsync.registry.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.credsync.support.messaging.DeadLetters;
import io.credsync.support.messaging.FailureVerdict;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The reactive consumers' door to {@link DeadLetters}: parks a batch's poison off the event loop and completes once
 * the broker acknowledged every letter, so the batch is acked only after.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    /** A record to park and the verdict on it. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, FailureVerdict verdict) {

        public static DeadLetter of(ConsumerRecord<String, byte[]> record, Throwable failure) {
            return new DeadLetter(record, FailureVerdict.of(failure));
        }
    }

    private final DeadLetters deadLetters;

    public DeadLetterPublisher(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public Uni<Void> publish(String topic, List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>item(() -> {
            try {
                for (DeadLetter letter : letters) {
                    deadLetters.park(topic, letter.record(), letter.verdict());
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parking dead letters", e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
