package io.credsync.support.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClientSettingsTest {

    @Test
    void shouldGiveHandMadeClientsTheBrokersSecurityFromPropertiesAndEnvironmentVariables() {
        // Given SASL over TLS, configured partly as properties and partly as environment variables
        Config config = config(Map.of(
                "kafka.bootstrap.servers", "broker:9093",
                "kafka.security.protocol", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
                "kafka.max.poll.records", "7",
                "quarkus.http.port", "8080"));

        // When
        var settings = KafkaClientSettings.from(config);

        // Then the connection settings are there, under Kafka's names; a channel tuning property is not
        assertThat(settings.common()).containsOnly(
                Map.entry("bootstrap.servers", "broker:9093"),
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
                Map.entry("ssl.truststore.location", "/etc/kafka/ca.p12"));
    }

    @Test
    void shouldMakeAConsumerAStaticMemberUnderTheReplicasName() {
        // Given
        var settings = KafkaClientSettings.from(config(Map.of("kafka.bootstrap.servers", "broker:9092",
                "credsync.instance-id", "dispatcher-7d9f-x2")));
        var consumer = settings.properties();

        // When
        settings.joinGroup(consumer, "dispatcher-seam", "intake");

        // Then
        assertThat(consumer).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "dispatcher-seam")
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "dispatcher-7d9f-x2-intake")
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
    }

    @Test
    void shouldLeaveMembershipDynamicWithoutAStableName() {
        // Given
        var settings = KafkaClientSettings.plaintext("broker:9092");
        var consumer = new Properties();

        // When
        settings.joinGroup(consumer, "g", "intake");

        // Then
        assertThat(consumer).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "g")
                .doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    @Test
    void shouldMakeSmallRyeConsumerChannelsStaticMembersAndLeaveProducersAlone() {
        // Given
        var membership = new StaticChannelMembership(KafkaClientSettings.from(config(Map.of(
                "kafka.bootstrap.servers", "broker:9092", "credsync.instance-id", "registry-0"))));
        Map<String, Object> consumer = new HashMap<>(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "credential-registry",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, "x"));
        Map<String, Object> producer = new HashMap<>(Map.of("key.serializer", "x"));

        // When
        membership.customize("credential-changes", null, consumer);
        membership.customize("dead-letters", null, producer);

        // Then
        assertThat(consumer).containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "registry-0-credential-changes");
        assertThat(producer).containsOnlyKeys("key.serializer");
    }

    @Test
    void shouldRefuseAReplicaNameWithAControlCharacter() {
        assertThatThrownBy(() -> KafkaClientSettings.from(config(Map.of("kafka.bootstrap.servers", "b:9092",
                "credsync.instance-id", "bad\nname")))).hasMessageContaining("credsync.instance-id");
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }
}
