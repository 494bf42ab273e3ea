package io.credsync.support.kafka;

import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

import io.smallrye.reactive.messaging.ClientCustomizer;

/**
 * Makes every SmallRye consumer channel's client a static member of its group when this replica has a stable name,
 * as the hand-made consumers are ({@link KafkaClientSettings#joinGroup}); producers and group-less clients are left
 * as they are.
 */
@ApplicationScoped
public class StaticChannelMembership implements ClientCustomizer<Map<String, Object>> {

    private final KafkaClientSettings settings;

    public StaticChannelMembership(KafkaClientSettings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> client) {
        Object group = client.get(ConsumerConfig.GROUP_ID_CONFIG);
        if (group == null || client.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)
                || !client.containsKey(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG)) {
            return client;
        }
        var membership = new Properties();
        settings.joinGroup(membership, group.toString(), channel);
        membership.forEach((k, v) -> client.putIfAbsent(k.toString(), v));
        return client;
    }
}
