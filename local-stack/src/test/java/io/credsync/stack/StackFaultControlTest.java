package io.credsync.stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Kill and restart of Kafka and PostgreSQL in one real stack (no services): what was acknowledged or committed before
 * the SIGKILL is there after the restart. The tests run in order and share the stack; the last one closes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackFaultControlTest {

    private static final String TOPIC = "fault-control-" + UUID.randomUUID();
    private static final String GROUP = "fault-control-" + UUID.randomUUID();
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private StackConfig config;
    private Stack stack;
    private final List<Long> pids = new ArrayList<>();

    @BeforeAll
    void startStackWithARecordAndARow(@TempDir Path home) throws Exception {
        config = TestStacks.config(home);
        stack = Stack.start(config);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>(TOPIC, "before-kill", "kept")).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(GROUP))) {
            consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table fault_control (id int primary key, name text not null)");
            statement.execute("insert into fault_control values (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    @AfterAll
    void stopStack() {
        stack.close();
    }

    @Test
    @Order(1)
    void shouldNameKafkaAndPostgresAsComponentsWithTheirPids() {
        // When
        List<String> components = stack.components();

        // Then
        assertThat(components).containsExactly("kafka", "postgres");
        assertThat(stack.pid("kafka")).hasValue(stack.kafkaPid());
        assertThat(stack.pid("postgres")).isEqualTo(stack.postgresPid());
    }

    @Test
    @Order(2)
    void shouldFailAProduceOnceKafkaIsKilled() {
        // Given
        pids.add(stack.kafkaPid());

        // When
        stack.kill("kafka");

        // Then
        assertThat(stack.pid("kafka")).isEmpty();
        assertThat(ProcessHandle.of(pids.get(0)).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(impatient(producerConfig()))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "during-kill", "lost"))
                    .get(20, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    @Order(3)
    void shouldKeepTopicRecordsAndCommittedOffsetsWhenKafkaRestarts() throws Exception {
        // When
        stack.restart("kafka");

        // Then
        assertThat(stack.pid("kafka").orElseThrow()).isNotEqualTo(pids.get(0));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains(TOPIC);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(GROUP))) {
            assertThat(consumer.committed(Set.of(PARTITION), Duration.ofSeconds(30)).get(PARTITION).offset())
                    .isEqualTo(1);
            consumer.assign(List.of(PARTITION));
            consumer.seek(PARTITION, 0);
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
            assertThat(received.get(0).offset()).isZero();
            assertThat(received.get(0).key()).isEqualTo("before-kill");
            assertThat(received.get(0).value()).isEqualTo("kept");
        }
    }

    @Test
    @Order(4)
    void shouldRefuseConnectionsOncePostgresIsKilled() {
        // Given
        long postmaster = stack.pid("postgres").orElseThrow();
        pids.add(postmaster);

        // When
        stack.kill("postgres");

        // Then
        assertThat(stack.pid("postgres")).isEmpty();
        assertThat(ProcessHandle.of(postmaster).filter(ChildProcess::isRunning)).isEmpty();
        assertThatThrownBy(this::connect).isInstanceOf(SQLException.class);
    }

    @Test
    @Order(5)
    void shouldKeepTheRowsOfATableWhenPostgresRestarts() throws Exception {
        // When
        stack.restart("postgres");

        // Then
        assertThat(stack.pid("postgres").orElseThrow()).isNotEqualTo(pids.get(1));
        List<String> names = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from fault_control order by id")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        assertThat(names).containsExactly("one", "two", "three");
    }

    @Test
    @Order(6)
    void shouldRefuseToRestartWhatStillRuns() {
        // When / Then
        assertThatThrownBy(() -> stack.restart("kafka")).isInstanceOf(StackException.class)
                .hasMessageContaining("kill it first");
        assertThatThrownBy(() -> stack.kill("no-such-thing")).isInstanceOf(StackException.class)
                .hasMessageContaining("known: [kafka, postgres]");
    }

    @Test
    @Order(100)
    void shouldStopTheRestartedComponentsWhenClosed() {
        // Given
        ProcessHandle kafka = ProcessHandle.of(stack.kafkaPid()).orElseThrow();
        ProcessHandle postgres = ProcessHandle.of(stack.postgresPid().orElseThrow()).orElseThrow();

        // When
        stack.close();

        // Then
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !ChildProcess.isRunning(kafka) && !ChildProcess.isRunning(postgres));
        assertThat(List.of(config.kafkaPort(), config.kafkaControllerPort(), config.pgPort()))
                .allSatisfy(port -> assertThat(PortCheck.isFree(port)).as("port %d free", port).isTrue());
        assertThat(new RunDir(config.run()).childNames()).isEmpty();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(), stack.pgUser(), stack.pgPassword());
    }

    private Properties producerConfig() {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"));
        return properties;
    }

    /** Gives up after a few seconds instead of the default two minutes. */
    private static Properties impatient(Properties properties) {
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "3000");
        return properties;
    }

    private Properties consumerConfig(String group) {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        return properties;
    }
}
