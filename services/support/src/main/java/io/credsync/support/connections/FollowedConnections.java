package io.credsync.support.connections;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;
import io.credsync.model.validation.ContractViolation;
import io.credsync.model.validation.FieldLimits;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.kafka.KafkaClientSettings;
import io.credsync.support.messaging.FailureVerdict;
import io.credsync.support.vendor.KafkaAcks;
import io.credsync.vendor.spi.ConnectionDirectory;
import io.credsync.vendor.spi.SecretLookup;
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
    private final SecretLookup secrets;
    private final KafkaClientSettings kafka;
    private final String topic;
    private final Heartbeats heartbeats;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    @Inject
    public FollowedConnections(SecretResolver secrets, Heartbeats heartbeats,
            KafkaClientSettings kafka) {
        this(secrets, heartbeats, kafka, Topics.CONNECTIONS);
    }

    /** Tests follow a topic of their own. */
    FollowedConnections(SecretLookup secrets, Heartbeats heartbeats, KafkaClientSettings kafka, String topic) {
        this.secrets = secrets;
        this.heartbeats = heartbeats;
        this.kafka = kafka;
        this.topic = topic;
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
                    "the connections are still being read from " + topic);
        }
        var definition = byKey.get(ConnectionDefinition.key(tenant, connectionId));
        if (definition == null) {
            return Optional.empty();
        }
        var apiKey = secret(definition).orElseThrow(() -> VendorFailure.transientFailure(
                "connection_secret_missing", "secret '" + definition.secretRef() + "' of connection '"
                        + FieldLimits.forMessage(connectionId) + "' is not available to this service "
                        + "(see docs/operations.md, Connections and secrets)"));
        return Optional.of(toConnection(definition, apiKey));
    }

    /** Every connection of the vendor whose secret resolves; empty until the topic was read to its end once. */
    @Override
    public List<VendorConnection> all(Vendor vendor) {
        return withSecrets(byKey.values().stream().filter(d -> d.vendor() == vendor));
    }

    /** The vendor's connections of that id, in any tenant (a webhook names no tenant): only their secrets are read. */
    public List<VendorConnection> withId(Vendor vendor, String connectionId) {
        return withSecrets(byKey.values().stream().filter(d -> d.vendor() == vendor && d.id().equals(connectionId)));
    }

    private List<VendorConnection> withSecrets(java.util.stream.Stream<ConnectionDefinition> definitions) {
        return definitions.flatMap(d -> secretOrNone(d).map(key -> toConnection(d, key)).stream()).toList();
    }

    /** A secret that exists but cannot be read (e.g. file permissions) is as missing as one that does not exist. */
    private Optional<SecretValue> secret(ConnectionDefinition definition) throws VendorFailure {
        try {
            return secrets.find(definition.secretRef());
        } catch (RuntimeException e) {
            throw VendorFailure.transientFailure("connection_secret_unreadable", "secret '" + definition.secretRef()
                    + "' of connection '" + definition.id() + "' cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private Optional<SecretValue> secretOrNone(ConnectionDefinition definition) {
        try {
            return secret(definition);
        } catch (VendorFailure e) {
            LOG.warnf("connection %s skipped: %s", definition.recordKey(), e.getMessage());
            return Optional.empty();
        }
    }

    private static VendorConnection toConnection(ConnectionDefinition d, SecretValue key) {
        return new VendorConnection(d.tenant(), d.id(), d.vendor(), URI.create(d.baseUrl()), key,
                d.rateLimitPerSecond(), d.options());
    }

    /**
     * Applies one record (tests call it directly): a tombstone removes, an older revision never wins. A definition
     * whose base URL is no URI is refused here, as a poison record, so that it cannot fail every later lookup.
     */
    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new ContractViolation("record.key", "a connection record needs the key <tenant>/<id>");
        }
        if (record.value() == null) {
            byKey.remove(record.key());
            return;
        }
        var definition = Json.read(record.value(), ConnectionDefinition.class).checkRecord(record.key());
        checkBaseUrl(definition);
        byKey.merge(record.key(), definition, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
    }

    private static void checkBaseUrl(ConnectionDefinition definition) {
        try {
            if (URI.create(definition.baseUrl()).getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ContractViolation("connection.base_url", "the base_url of connection '" + definition.recordKey()
                + "' is not an absolute URL with a host");
    }

    private void follow() {
        var heartbeat = heartbeats.register("connections-follower", Duration.ofMinutes(2));
        while (running) {
            heartbeat.beat();
            try (var c = new KafkaConsumer<String, byte[]>(properties())) {
                consumer = c;
                var partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                if (partitions.isEmpty()) {
                    LOG.warnf("%s does not exist (yet): connections stay unknown; created with Topics.catalogue()",
                            topic);
                    sleep(Duration.ofSeconds(5));
                    continue;
                }
                c.assign(partitions);
                c.seekToBeginning(partitions);
                readFromTheBeginning(c, partitions, heartbeat);
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                LOG.warnf("following %s failed, reading it again from the beginning: %s", topic, e.toString());
                sleep(Duration.ofSeconds(1));
            } finally {
                consumer = null;
            }
        }
        heartbeat.stop();
    }

    /**
     * One pass over the topic. Every pass reads it all again into the same map (lookups keep working meanwhile); the
     * keys a pass did not meet by the end it was started with are dropped then: their tombstones may have been
     * compacted away while this runtime was not reading.
     */
    private void readFromTheBeginning(KafkaConsumer<String, byte[]> c, List<TopicPartition> partitions,
            Heartbeats.Heartbeat heartbeat) {
        Map<TopicPartition, Long> end = c.endOffsets(partitions);
        Set<String> seen = new HashSet<>();
        boolean passDone = false;
        while (running) {
            heartbeat.beat();
            for (var record : c.poll(POLL)) {
                if (!passDone && record.key() != null) {
                    seen.add(record.key());
                }
                try {
                    apply(record);
                } catch (RuntimeException e) {
                    var verdict = FailureVerdict.of(e);
                    LOG.warnf("connection record %s-%d@%d skipped [%s]: %s", record.topic(), record.partition(),
                            record.offset(), verdict.rule(), verdict.reason());
                }
            }
            if (!passDone && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                passDone = true;
                byKey.keySet().retainAll(seen);
                if (!isCaughtUp()) {
                    LOG.infof("connections: %d known", byKey.size());
                    caughtUp.countDown();
                }
            }
        }
    }

    private Properties properties() {
        var p = KafkaAcks.manualConsumer(kafka);
        // a topic created by a reader would not be compacted: its definitions would expire with the retention
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
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
