package io.credsync.stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
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

import io.credsync.model.Topics;
import io.credsync.model.Topics.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One real stack (Kafka process + embedded PostgreSQL) started in-process on free ports in a temporary home,
 * shared by the tests of this class; the last test stops it and checks that nothing is left running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackTest {

    private StackConfig config;
    private Stack stack;
    private Admin admin;

    @BeforeAll
    void startStack(@TempDir Path home) {
        config = TestStacks.config(home);
        stack = Stack.start(config);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
    }

    @AfterAll
    void stopStack() {
        admin.close();
        stack.close();
    }

    @Test
    @Order(1)
    void shouldCreateEveryCatalogueTopicWithItsPartitionCount() throws Exception {
        // Given
        Map<String, Integer> expected = Topics.catalogue().stream()
                .collect(Collectors.toMap(TopicSpec::name, TopicSpec::partitions));

        // When
        Map<String, TopicDescription> topics = admin.describeTopics(expected.keySet()).allTopicNames().get();

        // Then
        assertThat(topics.values().stream()
                .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().size())))
                .isEqualTo(expected);
    }

    @Test
    @Order(2)
    void shouldCompactTheSyncStatusTopicAndNoOther() throws Exception {
        // Given
        List<ConfigResource> resources = Topics.catalogue().stream()
                .map(spec -> new ConfigResource(ConfigResource.Type.TOPIC, spec.name()))
                .toList();

        // When
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();

        // Then
        Map<String, String> policies = configs.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().get("cleanup.policy").value()));
        Map<String, String> expected = Topics.catalogue().stream()
                .collect(Collectors.toMap(TopicSpec::name, spec -> spec.compacted() ? "compact" : "delete"));
        assertThat(policies).isEqualTo(expected).containsEntry(Topics.SYNC_STATUS, "compact");
    }

    @Test
    @Order(3)
    void shouldDeliverAProducedRecordToAConsumer() throws Exception {
        // Given
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(Topics.CREDENTIAL_CHANGES));

            // When
            producer.send(new ProducerRecord<>(Topics.CREDENTIAL_CHANGES, key, "hello")).get();

            // Then
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(r -> r.key().equals(key));
            });
            assertThat(received).filteredOn(r -> r.key().equals(key)).extracting(ConsumerRecord::value)
                    .containsExactly("hello");
        }
    }

    @Test
    @Order(4)
    void shouldServeTheCredsyncDatabaseWithTheAdvertisedCredentials() throws Exception {
        // When
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), stack.pgUser(), stack.pgPassword());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select 1, current_database()")) {

            // Then
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(rows.getString(2)).isEqualTo("credsync");
        }
    }

    @Test
    @Order(5)
    void shouldAdvertiseTheEndpointsInTheEnvironmentFile() {
        // When
        String env = stack.environmentFile();

        // Then
        assertThat(env).contains("export KAFKA_BOOTSTRAP_SERVERS='" + stack.kafkaBootstrap() + "'")
                .contains("export QUARKUS_DATASOURCE_JDBC_URL='" + stack.jdbcUrl() + "'")
                .contains("export QUARKUS_DATASOURCE_REACTIVE_URL='postgresql://");
    }

    @Test
    @Order(100)
    void shouldLeaveNoProcessAndNoBusyPortWhenClosed() {
        // Given
        ProcessHandle kafka = ProcessHandle.of(stack.kafkaPid()).orElseThrow();
        ProcessHandle postgres = ProcessHandle.of(stack.postgresPid().orElseThrow()).orElseThrow();

        // When
        admin.close();
        stack.close();

        // Then
        assertThat(kafka.isAlive()).as("Kafka process").isFalse();
        // the postmaster is not our child: a slow init may reap it a moment later
        await().atMost(Duration.ofSeconds(10)).until(() -> !ChildProcess.isRunning(postgres));
        assertThat(List.of(config.kafkaPort(), config.kafkaControllerPort(), config.pgPort()))
                .allSatisfy(port -> assertThat(PortCheck.isFree(port)).as("port %d free", port).isTrue());
        assertThat(new RunDir(config.run()).childNames()).isEmpty();
    }

    private Properties producerConfig() {
        return properties(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    private Properties consumerConfig() {
        return properties(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "stack-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    private static Properties properties(Map<String, String> map) {
        Properties properties = new Properties();
        properties.putAll(map);
        return properties;
    }
}
