package io.credsync.testsupport;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The real Kafka broker of this test JVM, started on first use and stopped when the JVM exits.
 * <p>
 * Where it comes from, first match wins: {@code CREDSYNC_TEST_KAFKA_BOOTSTRAP} (system property or environment) names
 * a running broker; else a Testcontainers broker when a Docker engine answers; else an in-JVM KRaft broker.
 * {@code CREDSYNC_TEST_INFRA=embedded|containers} skips the Docker probe. Tests share the broker, so each test uses
 * its own topics ({@link #uniqueTopic}) and consumer groups.
 */
public final class TestKafka {

    private static final System.Logger LOG = System.getLogger(TestKafka.class.getName());
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private static volatile KafkaBroker broker;

    private TestKafka() {
    }

    /** {@code host:port[,host:port]} of the broker, starting it if this is the first call in the JVM. */
    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** {@code base} plus a random suffix, so tests sharing the broker never read each other's records. */
    public static String uniqueTopic(String base) {
        return base + "-" + RandomSuffix.next();
    }

    /** Creates {@code name} with {@code partitions} partitions (replication factor 1) and waits until it exists. */
    public static String createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(adminProps())) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return name;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topic " + name, e);
        }
    }

    /** Admin client settings for the broker; a fresh mutable map on every call. */
    public static Map<String, Object> adminProps() {
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** String-keyed, string-valued producer that waits for {@code acks=all}; a fresh mutable map. */
    public static Map<String, Object> producerProps() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    /** String consumer in a new, never-used group that starts from the earliest offset. */
    public static Map<String, Object> consumerProps() {
        return consumerProps("test-group-" + RandomSuffix.next());
    }

    /** String consumer in {@code groupId} that starts from the earliest offset when the group has no commits. */
    public static Map<String, Object> consumerProps(String groupId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private static KafkaBroker broker() {
        KafkaBroker current = broker;
        if (current == null) {
            synchronized (TestKafka.class) {
                current = broker;
                if (current == null) {
                    current = start();
                    broker = current;
                }
            }
        }
        return current;
    }

    private static KafkaBroker start() {
        var configured = TestSettings.get(TestSettings.KAFKA_BOOTSTRAP);
        if (configured.isPresent()) {
            return new KafkaBroker(configured.get(), TestSettings.KAFKA_BOOTSTRAP);
        }
        var shared = JvmWide.askSystemCopy(TestKafka.class, "bootstrapServers");
        if (shared.isPresent()) {
            return new KafkaBroker((String) shared.get(), "broker of the system class loader");
        }
        return JvmWide.startWithOwnContextLoader(TestKafka::startOwnBroker);
    }

    private static KafkaBroker startOwnBroker() {
        QuietLogging.quietServers();
        long startedAt = System.nanoTime();
        KafkaBroker started = switch (Provisioning.current()) {
            case CONTAINERS -> ContainerKafkaBroker.start();
            case EMBEDDED -> EmbeddedKafkaBroker.start();
        };
        LOG.log(Level.INFO, "Test Kafka: {0} at {1}, started in {2,number,#} ms", started.origin(),
                started.bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return started;
    }
}
