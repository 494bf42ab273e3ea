package io.credsync.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TestKafkaTest {

    @Test
    void shouldDeliverProducedRecordsToAFreshConsumerGroup() throws Exception {
        String topic = TestKafka.createTopic(TestKafka.uniqueTopic("round-trip"), 3);
        List<String> sent = IntStream.range(0, 10).mapToObj(i -> "record-" + i).toList();

        try (var producer = new KafkaProducer<String, String>(TestKafka.producerProps())) {
            for (String value : sent) {
                // acks=all: get() returns only once the broker has the record
                producer.send(new ProducerRecord<>(topic, "same-key", value)).get(30, TimeUnit.SECONDS);
            }
        }

        List<String> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(TestKafka.consumerProps())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
                // One key means one partition, so order is kept.
                assertThat(received).containsExactlyElementsOf(sent);
            });
        }
    }

    @Test
    void shouldCreateTopicWithRequestedPartitions() throws Exception {
        String topic = TestKafka.createTopic(TestKafka.uniqueTopic("partitions"), 4);

        try (Admin admin = Admin.create(TestKafka.adminProps())) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic);
            assertThat(description.partitions()).hasSize(4);
        }
    }

    @Test
    void shouldReturnTheSameBrokerOnEveryCall() {
        assertThat(TestKafka.bootstrapServers()).isNotBlank().isEqualTo(TestKafka.bootstrapServers());
    }

    @Test
    void shouldMakeTopicsAndGroupsUniquePerCall() {
        assertThat(TestKafka.uniqueTopic("orders")).startsWith("orders-").isNotEqualTo(TestKafka.uniqueTopic("orders"));
        assertThat(TestKafka.consumerProps().get("group.id")).isNotEqualTo(TestKafka.consumerProps().get("group.id"));
    }
}
