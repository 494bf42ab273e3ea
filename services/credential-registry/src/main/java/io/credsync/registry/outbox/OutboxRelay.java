package io.credsync.registry.outbox;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.kafka.KafkaClientSettings;
import io.credsync.support.vendor.KafkaAcks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka and removes them only once the broker acknowledged ({@code acks=all}, idempotent
 * producer). Runs on its own thread per replica; replicas share the work through SKIP LOCKED. A broker outage rolls
 * the batch back: rows wait and flow when the broker returns. A crash after the ack but before the commit publishes
 * the batch again: at least once, and every consumer deduplicates.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final RelayConfig config;
    private final KafkaClientSettings kafka;
    private final Counter published;
    private final Counter failures;
    private final Heartbeats heartbeats;
    private Heartbeats.Heartbeat heartbeat;
    private final AtomicBoolean running = new AtomicBoolean();
    private KafkaProducer<String, byte[]> producer;
    private Thread worker;

    public OutboxRelay(AgroalDataSource dataSource, RelayConfig config,
            KafkaClientSettings kafka, MeterRegistry metrics,
            Heartbeats heartbeats) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
        this.published = metrics.counter("credsync.outbox.published");
        this.failures = metrics.counter("credsync.outbox.publish.failures");
        this.heartbeats = heartbeats;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        // a round waits at most the ack timeout (then backs off 5 s at most): longer means the thread hangs or died
        heartbeat = heartbeats.register("outbox-relay", config.ackTimeout().plusSeconds(30));
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    public synchronized void stop() {
        if (!running.getAndSet(false)) {
            return;
        }
        heartbeat.stop();
        try {
            worker.join(config.ackTimeout().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(java.time.Duration.ofSeconds(5));
    }

    private void loop() {
        long backoffMs = 0;
        while (running.get()) {
            heartbeat.beat();
            try {
                int relayed = relayOnce();
                backoffMs = 0;
                if (relayed < config.batchSize()) {
                    sleep(relayed == 0 ? config.idlePoll().toMillis() : 1);
                }
            } catch (Exception e) {
                failures.increment();
                backoffMs = Math.min(Math.max(100, backoffMs * 2), 5000);
                LOG.warnf("outbox relay failed, rows stay for the next attempt in %d ms: %s", backoffMs, e.toString());
                renewProducer();
                sleep(backoffMs);
            }
        }
    }

    /** A producer that failed may be fenced or stuck with an out-of-order sequence: start from a clean one. */
    private synchronized void renewProducer() {
        producer.close(java.time.Duration.ZERO);
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes one batch; returns how many rows it relayed. */
    int relayOnce() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxBatch.Row> rows = OutboxBatch.claim(connection, config.batchSize());
                publishAndAwait(rows);
                connection.commit();
                published.increment(rows.size());
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void publishAndAwait(List<OutboxBatch.Row> rows) throws Exception {
        KafkaAcks.sendAll(producer, rows.stream()
                .map(row -> new ProducerRecord<>(row.topic(), row.key(), row.payload()))
                .toList(), config.ackTimeout());
    }

    private Properties producerConfig() {
        int timeoutMs = (int) config.ackTimeout().toMillis();
        var p = kafka.properties();
        p.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.BATCH_SIZE_CONFIG, 131072,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, Math.min(timeoutMs / 2, 10000)),
                ProducerConfig.CLIENT_ID_CONFIG, "credential-registry-outbox"));
        return p;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
