package io.credsync.support.kafka;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

/** One {@link KafkaClientSettings} per process, read from configuration once. */
public class KafkaClientSettingsProducer {

    @Produces
    @Singleton
    KafkaClientSettings settings(Config config) {
        return KafkaClientSettings.from(config);
    }
}
