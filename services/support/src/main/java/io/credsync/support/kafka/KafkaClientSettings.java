package io.credsync.support.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

import io.credsync.support.replica.ReplicaName;

/**
 * What every Kafka client a runtime creates by hand (outcome and dead-letter producers, command intake, the
 * connections follower, the outbox relay) shares with the SmallRye channels: the bootstrap servers and the
 * connection's security — {@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}, given as
 * properties or as environment variables ({@code KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config}), the same names
 * Quarkus hands its channels. Without these, a hand-made client would talk plaintext to a broker that wants SASL/TLS.
 */
public record KafkaClientSettings(Map<String, String> common, ReplicaName replica) {

    /** Static members are dropped after this long without a heartbeat; a restarted one is back before it. */
    static final int SESSION_TIMEOUT_MS = 10_000;
    static final int HEARTBEAT_INTERVAL_MS = 3_000;

    public KafkaClientSettings {
        common = Map.copyOf(common);
    }

    public static KafkaClientSettings from(Config config) {
        var common = new TreeMap<String, String>();
        common.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers",
                String.class));
        for (String name : config.getPropertyNames()) {
            String key = clientKey(name);
            if (key != null && isConnectionSecurity(key)) {
                config.getOptionalValue(name, String.class).filter(v -> !v.isBlank())
                        .ifPresent(v -> common.put(key, v));
            }
        }
        return new KafkaClientSettings(common, ReplicaName.from(config));
    }

    /** Tests: a plaintext broker, no stable replica name. */
    public static KafkaClientSettings plaintext(String bootstrap) {
        return new KafkaClientSettings(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                ReplicaName.none());
    }

    /** A copy of the common settings, for a producer or a consumer to add its own to. */
    public Properties properties() {
        var p = new Properties();
        p.putAll(common);
        return p;
    }

    /**
     * A consumer's membership of {@code group}: with a stable replica name it is a static member
     * ({@code group.instance.id}), so a restarted replica takes its partitions back at once instead of after a
     * rebalance that waits out the dead member's session.
     */
    public void joinGroup(Properties consumer, String group, String client) {
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        replica.value().ifPresent(name -> consumer.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, name + "-" + client));
        consumer.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(SESSION_TIMEOUT_MS));
        consumer.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(HEARTBEAT_INTERVAL_MS));
    }

    /** {@code kafka.sasl.mechanism} or {@code KAFKA_SASL_MECHANISM} → {@code sasl.mechanism}; anything else null. */
    static String clientKey(String propertyName) {
        if (propertyName.startsWith("kafka.")) {
            return propertyName.substring("kafka.".length());
        }
        if (propertyName.startsWith("KAFKA_")) {
            return propertyName.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        }
        return null;
    }

    private static boolean isConnectionSecurity(String key) {
        return key.equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG) || key.startsWith("sasl.")
                || key.startsWith("ssl.");
    }
}
