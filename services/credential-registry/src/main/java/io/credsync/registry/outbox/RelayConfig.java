package io.credsync.registry.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "credsync.outbox.relay")
public interface RelayConfig {

    /** Off only in tests that prove nothing is lost while the relay is down. */
    @WithDefault("true")
    boolean enabled();

    /** Rows per transaction: one broker round trip acknowledges them all. */
    @WithDefault("1000")
    int batchSize();

    /** Longest wait between polls when the outbox is empty. */
    @WithDefault("PT0.025S")
    Duration idlePoll();

    /** How long to wait for the broker's acknowledgements before rolling back and retrying. */
    @WithDefault("PT30S")
    Duration ackTimeout();
}
