package io.credsync.registry.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.support.messaging.DeadLetters;
import io.credsync.support.messaging.DeadLetters.Letter;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The reactive consumers' door to {@link DeadLetters}: parks a batch's poison off the event loop and completes once
 * the broker acknowledged every letter, so the batch is acked only after.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private final DeadLetters deadLetters;

    public DeadLetterPublisher(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public Uni<Void> publish(String topic, List<Letter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>item(() -> {
            try {
                deadLetters.parkAll(topic, letters);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parking dead letters", e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
