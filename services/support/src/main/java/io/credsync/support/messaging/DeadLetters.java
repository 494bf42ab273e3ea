package io.credsync.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.credsync.support.kafka.KafkaClientSettings;
import io.credsync.support.vendor.KafkaAcks;

/**
 * The one way any service parks poison: the original key, bytes and headers on the dead-letter topic, plus
 * {@code dead-letter-rule} (a stable rule id), {@code dead-letter-reason} (a sentence, never a secret),
 * {@code dead-letter-cause} (the same id, for older readers), {@code dead-letter-group} (who refused it) and where the record came from. Returns only
 * once the broker acknowledged ({@code acks=all}); while the broker is away it keeps trying, because a consumer must
 * not move past a record that is neither processed nor parked.
 */
@ApplicationScoped
public class DeadLetters {

    /** Leaves room for our headers under the broker's default 1 MiB message limit. */
    private static final int MAX_PARKED_VALUE = 900 * 1024;
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaProducer<String, byte[]> producer;
    private final String group;

    public DeadLetters(KafkaClientSettings kafka,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.producer = KafkaAcks.reliableProducer(kafka, application + "-dead-letters");
        this.group = application;
    }

    /** Parks a consumed record. */
    public void park(String deadLetterTopic, ConsumerRecord<String, byte[]> record, FailureVerdict verdict)
            throws InterruptedException {
        parkAll(deadLetterTopic, List.of(new Letter(record, verdict)));
    }

    /** A consumed record and the verdict on it. */
    public record Letter(ConsumerRecord<String, byte[]> record, FailureVerdict verdict) {

        public static Letter of(ConsumerRecord<String, byte[]> record, Throwable failure) {
            return new Letter(record, FailureVerdict.of(failure));
        }
    }

    /**
     * Parks a batch's poison: all sent at once and then awaited (a poll batch of poison costs one round trip, not one
     * per record); a letter whose send failed is sent again on its own until the broker takes it.
     */
    public void parkAll(String deadLetterTopic, List<Letter> letters) throws InterruptedException {
        parkAll(deadLetterTopic, letters, group);
    }

    /** The same, refused by {@code refusedBy} (a consumer group of a process hosting several, e.g. one per vendor). */
    public void parkAll(String deadLetterTopic, List<Letter> letters, String refusedBy) throws InterruptedException {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(letters.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(letters.size());
        for (Letter letter : letters) {
            var record = letter.record();
            var headers = new RecordHeaders();
            for (Header header : record.headers()) {
                headers.add(header);
            }
            headers.add("dead-letter-topic", utf8(record.topic()));
            headers.add("dead-letter-partition", utf8(String.valueOf(record.partition())));
            headers.add("dead-letter-offset", utf8(String.valueOf(record.offset())));
            LOG.warnf("dead-lettering %s-%d@%d to %s [%s]: %s", record.topic(), record.partition(), record.offset(),
                    deadLetterTopic, letter.verdict().rule(), letter.verdict().reason());
            var parked = letterRecord(deadLetterTopic, record.key(), record.value(), headers, letter.verdict(),
                    refusedBy);
            records.add(parked);
            acks.add(producer.send(parked));
        }
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                sendUntilAcknowledged(records.get(i)); // may park a letter twice: dead letters are at least once
            }
        }
    }

    /** Parks something that did not come from Kafka (a vendor event), with where it came from as headers. */
    public void park(String deadLetterTopic, String key, byte[] payload, FailureVerdict verdict,
            Map<String, String> origin) throws InterruptedException {
        var headers = new RecordHeaders();
        origin.forEach((name, value) -> headers.add(name, utf8(value)));
        LOG.warnf("dead-lettering %s to %s [%s]: %s", key, deadLetterTopic, verdict.rule(), verdict.reason());
        send(deadLetterTopic, key, payload, headers, verdict);
    }

    private void send(String topic, String key, byte[] value, RecordHeaders headers, FailureVerdict verdict)
            throws InterruptedException {
        sendUntilAcknowledged(letterRecord(topic, key, value, headers, verdict, group));
    }

    private static ProducerRecord<String, byte[]> letterRecord(String topic, String key, byte[] value,
            RecordHeaders headers, FailureVerdict verdict, String group) {
        headers.add("dead-letter-rule", utf8(verdict.rule()));
        headers.add("dead-letter-reason", utf8(verdict.reason()));
        headers.add("dead-letter-cause", utf8(verdict.rule())); // the name older readers know
        headers.add("dead-letter-group", utf8(group));
        return new ProducerRecord<>(topic, null, key, value == null ? new byte[0] : value, headers);
    }

    private void sendUntilAcknowledged(ProducerRecord<String, byte[]> letter) throws InterruptedException {
        var parked = letter;
        long backoffMs = 100;
        while (true) {
            try {
                KafkaAcks.sendAll(producer, List.of(parked), Duration.ofSeconds(30));
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (isTooLarge(e) && parked.value().length > MAX_PARKED_VALUE) {
                    // the original fitted its topic but not with our headers: keep the head and say so
                    var headers = new RecordHeaders(parked.headers().toArray());
                    headers.add("dead-letter-value-truncated", utf8(String.valueOf(parked.value().length)));
                    parked = new ProducerRecord<>(parked.topic(), null, parked.key(),
                            Arrays.copyOf(parked.value(), MAX_PARKED_VALUE), headers);
                    continue;
                }
                LOG.warnf("dead letter to %s not acknowledged yet, retrying in %d ms: %s", parked.topic(), backoffMs,
                        e.toString());
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5000);
            }
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static byte[] utf8(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }
}
