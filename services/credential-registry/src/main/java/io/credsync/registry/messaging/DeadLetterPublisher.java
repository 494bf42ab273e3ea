package io.credsync.registry.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Parks records that can never be applied on a dead-letter topic, with the original key and bytes and SmallRye's
 * {@code dead-letter-*} headers; completes only when the broker acknowledged, so the batch is acked after.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    /** A record to park and why. The reason names fields and rules, never a secret. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, Throwable reason) {
    }

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    private final MutinyEmitter<byte[]> emitter;

    public DeadLetterPublisher(@Channel(Channels.DEAD_LETTERS) MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(String topic, List<DeadLetter> letters) {
        return Multi.createFrom().iterable(letters)
                .onItem().transformToUniAndConcatenate(letter -> publish(topic, letter))
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> publish(String topic, DeadLetter letter) {
        var record = letter.record();
        LOG.warnf("dead-lettering %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(), topic,
                letter.reason().getMessage());
        var headers = new RecordHeaders();
        headers.add("dead-letter-reason", utf8(String.valueOf(letter.reason().getMessage())));
        headers.add("dead-letter-cause", utf8(letter.reason().getClass().getName()));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(String.valueOf(record.partition())));
        headers.add("dead-letter-offset", utf8(String.valueOf(record.offset())));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        byte[] value = record.value() == null ? new byte[0] : record.value();
        return emitter.sendMessage(Message.of(value).addMetadata(metadata));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
