package io.credsync.ingest.jetstream;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "credsync.ingest.jetstream")
public interface JetstreamIngestConfig {

    /** How often each account's event queue is read when the last read found nothing. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Events per read (Jetstream allows 1–512). */
    @WithDefault("256")
    int batchSize();

    /** Jetstream accounts by connection id (the same ids as the registry's connections). */
    Map<String, Account> connections();

    interface Account {
        String baseUrl();

        String apiKey();
    }
}
