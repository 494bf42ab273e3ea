package io.credsync.support.vendor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.credsync.support.kafka.KafkaClientSettings;

/**
 * Producers that lose nothing, sends awaited until the broker acknowledged every record, and the base of the plain
 * consumers the runtimes run themselves.
 */
public final class KafkaAcks {

    private KafkaAcks() {
    }

    /**
     * A producer for records that must not be lost or duplicated: {@code acks=all}, idempotent, and bounded waits so a
     * caller fails (and retries) rather than hangs when the broker is away.
     */
    public static KafkaProducer<String, byte[]> reliableProducer(KafkaClientSettings settings, String clientId) {
        var p = settings.properties();
        p.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                ProducerConfig.CLIENT_ID_CONFIG, clientId));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The base of a consumer whose owner commits (or never commits) itself: byte values, string keys, committed
     * records only. Callers add their group, offsets reset and poll limits.
     */
    public static Properties manualConsumer(KafkaClientSettings settings) {
        var p = settings.properties();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
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
