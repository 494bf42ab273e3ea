package io.credsync.ingest;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "credsync.ingest")
public interface IngestConfig {

    /** Vendor ids whose event sides this process hosts, or {@code all} installed (one Deployment per vendor). */
    @WithDefault("all")
    List<String> vendors();

    /** How long handled vendor event ids are remembered (Svix retries a webhook for about a day and a half). */
    @WithDefault("PT72H")
    Duration seenEventRetention();

    @WithDefault("PT5S")
    Duration vendorConnectTimeout();

    @WithDefault("PT10S")
    Duration vendorRequestTimeout();
}
