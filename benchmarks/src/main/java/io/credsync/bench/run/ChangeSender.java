package io.credsync.bench.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.credsync.bench.Bench;
import io.credsync.model.Topics;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;

/**
 * Turns a run's changes into {@code CredentialChange} records on the registry's input topic, as an upstream producer
 * would (values sealed with the dev key), at an offered rate or an open throttle.
 */
public final class ChangeSender implements AutoCloseable {

    static final String TENANT = "bench";
    private static final ValueCipher CIPHER = new ValueCipher(KeyRing.parse(Bench.DEV_KEYS, "dev"));

    private final KafkaProducer<String, byte[]> producer;

    public ChangeSender(String bootstrap) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends every change, {@code perSecond} per second (0: as fast as possible); records each send time (epoch ms)
     * in {@code sentAt} by seq.
     */
    public void send(List<BenchChange> changes, double perSecond, long[] sentAt, Runnable progress) throws Exception {
        long start = System.nanoTime();
        for (var change : changes) {
            if (perSecond > 0) {
                long due = start + (long) (change.seq() * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            var record = record(change);
            sentAt[change.seq()] = System.currentTimeMillis();
            producer.send(new ProducerRecord<>(Topics.CREDENTIAL_CHANGES, record.partitionKey(), Json.write(record)));
            progress.run();
        }
        producer.flush();
    }

    /** Sends one change now, as a producer would (keyed by its partition key), and answers its send time (epoch ms). */
    public long send(BenchChange change) {
        var record = record(change);
        long sentAt = System.currentTimeMillis();
        producer.send(new ProducerRecord<>(Topics.CREDENTIAL_CHANGES, record.partitionKey(), Json.write(record)));
        return sentAt;
    }

    /** The registry's input record for a change: a card on Jetstream devices, a PIN on Seam systems. */
    public static CredentialChange record(BenchChange change) {
        boolean card = change.targets().stream().anyMatch(t -> t.vendor().equals("jetstream"));
        var kind = card ? CredentialKind.CARD : CredentialKind.PIN;
        var operation = switch (change.kind()) {
            case GRANT, UPDATE -> ChangeOperation.UPSERT;
            case SUSPEND -> ChangeOperation.SUSPEND;
            case REVOKE -> ChangeOperation.REVOKE;
        };
        var value = operation == ChangeOperation.UPSERT
                ? CIPHER.encrypt(SecretValue.of(card ? change.cardValue() : change.value()), new EnvelopeContext(
                        TENANT, change.credentialId()))
                : null;
        List<Grant> grants = operation != ChangeOperation.UPSERT
                ? List.of()
                : change.targets().stream().map(t -> new Grant(t.targetId(), t.vendor().equals("jetstream")
                        ? new GrantParameters.Jetstream()
                        : new GrantParameters.Seam(List.of(), List.of()))).toList();
        return new CredentialChange(UUID.randomUUID(), TENANT, change.holderId(), change.credentialId(), operation,
                new HolderDetails("Bench " + change.holderId(), null, null, null), kind, value, null, null, grants,
                Instant.now());
    }

    @Override
    public void close() {
        producer.close();
    }
}
