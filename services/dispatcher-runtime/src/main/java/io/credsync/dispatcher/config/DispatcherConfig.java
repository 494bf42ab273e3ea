package io.credsync.dispatcher.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a dispatcher works ({@code credsync.dispatch.*}). Vendor accounts are {@link ConnectionsConfig}. */
@ConfigMapping(prefix = "credsync.dispatch")
public interface DispatcherConfig {

    /** Targets worked on at once (each its own vendor conversation). */
    @WithDefault("4")
    int workers();

    /** Commands for one target arriving within this window are applied together (coalescing). */
    @WithDefault("PT0.05S")
    Duration gatherWindow();

    /**
     * A claimed target is another replica's again after this long unless its holder renews the lease (every third of
     * it while the conversation lasts): a replica that died frees its targets this soon.
     */
    @WithDefault("PT15S")
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
