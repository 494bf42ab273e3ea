package io.credsync.registry.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** The raw consumer records behind a SmallRye batch (key, bytes, topic, partition and offset for dead letters). */
final class IncomingRecords {

    private IncomingRecords() {
    }

    @SuppressWarnings("unchecked")
    static List<ConsumerRecord<String, byte[]>> of(KafkaRecordBatch<String, byte[]> batch) {
        return batch.getRecords().stream()
                .map(message -> (ConsumerRecord<String, byte[]>) message
                        .getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord())
                .toList();
    }
}
