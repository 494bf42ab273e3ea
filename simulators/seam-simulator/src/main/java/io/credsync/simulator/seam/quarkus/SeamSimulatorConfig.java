package io.credsync.simulator.seam.quarkus;

import java.time.Duration;
import java.util.Optional;

import io.credsync.simulator.seam.SimulatorSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Standalone mode settings; each is also an environment variable ({@code seam-sim.api-key} = {@code SEAM_SIM_API_KEY}). */
@ConfigMapping(prefix = "seam-sim")
public interface SeamSimulatorConfig {

    /** The accepted {@code Authorization: Bearer} key (the default is printed at start). */
    @WithDefault(SimulatorSettings.DEFAULT_API_KEY)
    String apiKey();

    /** Where webhooks go; none sent when absent. */
    Optional<String> webhookUrl();

    /** {@code whsec_<base64>}; a random one (shown by {@code GET /_control/webhook}) when absent. */
    Optional<String> webhookSecret();

    /** Multiplier of Svix's retry schedule. */
    @WithDefault("1.0")
    double webhookRetryScale();

    /** How long an access system takes to apply a write. */
    @WithDefault("0.3S")
    Duration syncDelay();

    /** Create the fixed seed fixtures ({@link SeedFixtures}) at start and after every reset. */
    @WithDefault("true")
    boolean seed();

    @WithDefault(SeedFixtures.WORKSPACE_ID)
    String workspaceId();

    @WithDefault(SeedFixtures.CONNECTED_ACCOUNT_ID)
    String connectedAccountId();
}
