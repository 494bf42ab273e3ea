package io.credsync.support.vendor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.credsync.model.Topics;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.kafka.KafkaClientSettings;

/**
 * Publishes sync outcomes (dispatchers, event-ingest) and waits for the broker's acknowledgement ({@code acks=all},
 * idempotent): callers record progress only after their outcomes are safe, so a crash repeats work (idempotently)
 * rather than losing an outcome. {@code source} in each outcome is the application name.
 */
@ApplicationScoped
public class OutcomePublisher {

    private final KafkaProducer<String, byte[]> producer;
    private final String source;

    public OutcomePublisher(KafkaClientSettings kafka,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.producer = KafkaAcks.reliableProducer(kafka, source + "-outcomes");
        this.source = source;
    }

    /** An outcome for the command that carried a slot's desired state. */
    public SyncOutcome outcome(SyncCommand command, SyncPhase phase, Instant nextAttemptAt,
            Map<String, String> vendorRefs, String errorCode, String vendorMessage) {
        return outcome(source, command, phase, nextAttemptAt, vendorRefs, errorCode, vendorMessage);
    }

    /** The same, reported by {@code source} (e.g. {@code dispatcher-seam} in a process running every vendor). */
    public SyncOutcome outcome(String source, SyncCommand command, SyncPhase phase, Instant nextAttemptAt,
            Map<String, String> vendorRefs, String errorCode, String vendorMessage) {
        return new SyncOutcome(UUID.randomUUID(), command.commandId(), command.tenant(), command.credentialId(),
                command.targetId(), command.version(), phase, nextAttemptAt, vendorRefs, errorCode, vendorMessage,
                source, Instant.now());
    }

    public void publish(List<SyncOutcome> outcomes) throws Exception {
        KafkaAcks.sendAll(producer, outcomes.stream()
                .map(o -> new ProducerRecord<>(Topics.SYNC_OUTCOMES, o.partitionKey(), Json.write(o)))
                .toList(), Duration.ofSeconds(30));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
