package io.credsync.dispatcher.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * Vendor accounts by the registry's connection id: {@code credsync.connections."<id>".base-url}, {@code .api-key}
 * (from a secret), {@code .rate-per-second}.
 */
@ConfigMapping(prefix = "credsync.connections")
public interface ConnectionsConfig {

    @WithParentName
    Map<String, Connection> all();

    interface Connection {
        String baseUrl();

        String apiKey();

        @WithDefault("20")
        double ratePerSecond();
    }
}
