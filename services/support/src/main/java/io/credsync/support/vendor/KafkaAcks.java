package io.credsync.support.vendor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Sends records together and returns only when the broker acknowledged every one (or throws). */
public final class KafkaAcks {

    private KafkaAcks() {
    }

    public static <K, V> void sendAll(Producer<K, V> producer, List<ProducerRecord<K, V>> records, Duration timeout)
            throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<K, V> record : records) {
            acks.add(producer.send(record));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }
}
