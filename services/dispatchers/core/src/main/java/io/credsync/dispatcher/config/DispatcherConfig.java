package io.credsync.dispatcher.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a dispatcher works; vendor accounts are {@code credsync.connections."<id>".*}. */
@ConfigMapping(prefix = "credsync")
public interface DispatcherConfig {

    Dispatch dispatch();

    /** Vendor accounts by connection id (the registry's connection ids). API keys come from secrets/env. */
    Map<String, Connection> connections();

    interface Dispatch {
        /** Targets worked on at once (each its own vendor conversation). */
        @WithDefault("4")
        int workers();

        /** Commands for one target arriving within this window are applied together (coalescing). */
        @WithDefault("PT0.05S")
        Duration gatherWindow();

        /** A claimed target is another replica's again after this long without progress. */
        @WithDefault("PT60S")
        Duration lease();

        @WithDefault("PT0.5S")
        Duration retryBase();

        @WithDefault("PT5M")
        Duration retryCap();

        @WithDefault("5")
        int breakerThreshold();

        @WithDefault("PT30S")
        Duration breakerOpenFor();

        @WithDefault("PT2S")
        Duration connectTimeout();

        @WithDefault("PT10S")
        Duration requestTimeout();
    }

    interface Connection {
        String baseUrl();

        String apiKey();

        @WithDefault("20")
        double ratePerSecond();
    }
}
