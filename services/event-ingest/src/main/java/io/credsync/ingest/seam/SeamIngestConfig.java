package io.credsync.ingest.seam;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "credsync.ingest.seam")
public interface SeamIngestConfig {

    /** How often each connection's {@code /events/list} is read (the fallback when webhooks stop). */
    @WithDefault("PT30S")
    Duration eventsPollInterval();

    /** How far before the last event seen the next {@code /events/list} starts, for events Seam lists late. */
    @WithDefault("PT30S")
    Duration eventsOverlap();

    /** {@code limit} of one {@code /events/list} page; a full page is followed by the next {@code unstable_offset}. */
    @WithDefault("500")
    int eventsPageSize();

    /** A watch quiet for this long (since accepted, or since its last read) is read back without any event. */
    @WithDefault("PT2M")
    Duration readbackAfter();

    /** How often the read-back sweep looks for such watches. */
    @WithDefault("PT15S")
    Duration readbackInterval();

    /** A parked event (about a credential not yet watched) older than this is dropped. */
    @WithDefault("PT15M")
    Duration parkedEventTtl();

    /** How long webhook message ids and event ids are remembered for deduplication (at least two days). */
    @WithDefault("PT72H")
    Duration dedupeRetention();

    /** Seam workspaces by connection id (the same ids as the registry's and the dispatcher's connections). */
    Map<String, Connection> connections();

    interface Connection {

        String baseUrl();

        String apiKey();

        /** Every accepted {@code whsec_...} secret, e.g. the old and the new one while rotating. */
        Optional<List<String>> webhookSecrets();

        /** A single secret, for the common case; joins {@link #webhookSecrets()}. */
        Optional<String> webhookSecret();
    }
}
