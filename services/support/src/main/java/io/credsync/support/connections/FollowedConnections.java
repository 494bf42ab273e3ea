package io.credsync.support.connections;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.json.Json;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.messaging.FailureVerdict;
import io.credsync.vendor.spi.ConnectionDirectory;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;

/**
 * The registry's connections as this runtime follows them: reads the compacted {@code credsync.connections.v1} from
 * the start (no consumer group: every replica holds every connection) and keeps reading, so a new base URL or rate
 * is used within a poll. Until the topic has been read to its end, {@link #find} answers a transient failure, never
 * "unknown connection". A record it cannot read is logged with its rule and skipped: the registry is its only
 * producer, and no record may stop the loop.
 */
@ApplicationScoped
public class FollowedConnections implements ConnectionDirectory {

    private static final Logger LOG = Logger.getLogger(FollowedConnections.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, ConnectionDefinition> byKey = new ConcurrentHashMap<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final SecretResolver secrets;
    private final String bootstrap;
    private final Heartbeats heartbeats;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    public FollowedConnections(SecretResolver secrets, Heartbeats heartbeats,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.secrets = secrets;
        this.heartbeats = heartbeats;
        this.bootstrap = bootstrap;
    }

    /** Starts following; idempotent. Runtimes call it at startup. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        var thread = new Thread(this::follow, "connections-follower");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        var c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** Waits until the topic was read to its end once (tests, startup ordering). */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once a runtime started following (the registry, which defines them, never does). */
    public boolean isFollowing() {
        return running;
    }

    public int size() {
        return byKey.size();
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    @Override
    public Optional<VendorConnection> find(String tenant, String connectionId) throws VendorFailure {
        if (!isCaughtUp()) {
            throw VendorFailure.transientFailure("connections_loading",
                    "the connections are still being read from " + Topics.CONNECTIONS);
        }
        var definition = byKey.get(ConnectionDefinition.key(tenant, connectionId));
        if (definition == null) {
            return Optional.empty();
        }
        var apiKey = secrets.find(definition.secretRef()).orElseThrow(() -> VendorFailure.transientFailure(
                "connection_secret_missing", "secret '" + definition.secretRef() + "' of connection '" + connectionId
                        + "' is not available to this service (see docs/operations.md, Secrets)"));
        return Optional.of(toConnection(definition, apiKey));
    }

    @Override
    public List<VendorConnection> all(Vendor vendor) {
        return byKey.values().stream()
                .filter(d -> d.vendor() == vendor)
                .flatMap(d -> secrets.find(d.secretRef()).map(key -> toConnection(d, key)).stream())
                .toList();
    }

    private static VendorConnection toConnection(ConnectionDefinition d, io.credsync.model.crypto.SecretValue key) {
        return new VendorConnection(d.tenant(), d.id(), d.vendor(), URI.create(d.baseUrl()), key,
                d.rateLimitPerSecond(), d.options());
    }

    /** Applies one record (tests call it directly): a tombstone removes, an older revision never wins. */
    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            byKey.remove(record.key());
            return;
        }
        var definition = Json.read(record.value(), ConnectionDefinition.class).checkRecord(record.key());
        byKey.merge(record.key(), definition, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
    }

    private void follow() {
        var heartbeat = heartbeats.register("connections-follower", Duration.ofMinutes(2));
        while (running) {
            try (var c = new KafkaConsumer<String, byte[]>(properties())) {
                consumer = c;
                var partitions = c.partitionsFor(Topics.CONNECTIONS, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                c.assign(partitions);
                c.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = c.endOffsets(partitions);
                while (running) {
                    heartbeat.beat();
                    for (var record : c.poll(POLL)) {
                        try {
                            apply(record);
                        } catch (RuntimeException e) {
                            var verdict = FailureVerdict.of(e);
                            LOG.warnf("connection record %s-%d@%d skipped [%s]: %s", record.topic(),
                                    record.partition(), record.offset(), verdict.rule(), verdict.reason());
                        }
                    }
                    if (!isCaughtUp() && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e
                            .getValue())) {
                        LOG.infof("connections: %d known", byKey.size());
                        caughtUp.countDown();
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                LOG.warnf("following %s failed, starting again: %s", Topics.CONNECTIONS, e.toString());
                sleep(Duration.ofSeconds(1));
            } finally {
                consumer = null;
            }
        }
        heartbeat.stop();
    }

    private Properties properties() {
        var p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
