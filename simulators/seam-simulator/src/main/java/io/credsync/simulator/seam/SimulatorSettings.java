package io.credsync.simulator.seam;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import io.credsync.simulator.kit.EnvSettings;

/**
 * How a simulation starts (and what {@link SeamSimulation#reset()} returns to).
 *
 * @param apiKey the only key accepted in {@code Authorization: Bearer <key>}
 * @param workspaceId the workspace every object belongs to
 * @param connectedAccountId the workspace's one connected account (owner of every access system)
 * @param syncDelay how long the access system takes to apply a write
 * @param webhookUrl where webhooks go (null: none sent)
 * @param webhookSecret {@code whsec_<base64>} signing secret (null: a random one)
 * @param webhookRetryScale multiplier of Svix's retry schedule (1.0 real, 0.001 for tests)
 * @param webhookAttemptTimeout how long one webhook attempt waits for an answer
 * @param clock time source of timestamps and validity checks
 */
public record SimulatorSettings(String apiKey, String workspaceId, String connectedAccountId, Duration syncDelay,
        String webhookUrl, String webhookSecret, double webhookRetryScale, Duration webhookAttemptTimeout,
        Clock clock) {

    /** The API key when none is given; printed at start in standalone mode. */
    public static final String DEFAULT_API_KEY = "seam_simkey1_credsyncLocalSeamSimulator";
    public static final Duration DEFAULT_SYNC_DELAY = Duration.ofMillis(300);
    public static final Duration DEFAULT_WEBHOOK_ATTEMPT_TIMEOUT = Duration.ofSeconds(15);

    public SimulatorSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(connectedAccountId, "connectedAccountId");
        Objects.requireNonNull(syncDelay, "syncDelay");
        Objects.requireNonNull(webhookAttemptTimeout, "webhookAttemptTimeout");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@code SEAM_SIM_API_KEY}, {@code SEAM_SIM_WORKSPACE_ID}, {@code SEAM_SIM_CONNECTED_ACCOUNT_ID},
     * {@code SEAM_SIM_SYNC_DELAY}, {@code SEAM_SIM_WEBHOOK_URL}, {@code SEAM_SIM_WEBHOOK_SECRET} and
     * {@code SEAM_SIM_WEBHOOK_RETRY_SCALE}, as the standalone simulator took them; the ids default to the seed's.
     */
    public static SimulatorSettings fromEnvironment(EnvSettings env) {
        return defaults()
                .withApiKey(env.string("SEAM_SIM_API_KEY", DEFAULT_API_KEY))
                .withIds(env.string("SEAM_SIM_WORKSPACE_ID", SeedFixtures.WORKSPACE_ID),
                        env.string("SEAM_SIM_CONNECTED_ACCOUNT_ID", SeedFixtures.CONNECTED_ACCOUNT_ID))
                .withSyncDelay(env.duration("SEAM_SIM_SYNC_DELAY", DEFAULT_SYNC_DELAY))
                .withWebhook(env.optional("SEAM_SIM_WEBHOOK_URL").orElse(null),
                        env.optional("SEAM_SIM_WEBHOOK_SECRET").orElse(null))
                .withWebhookRetryScale(env.decimal("SEAM_SIM_WEBHOOK_RETRY_SCALE", 1.0));
    }

    /** Default key, random workspace and connected account ids, 300 ms sync delay, no webhook endpoint. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_API_KEY, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                DEFAULT_SYNC_DELAY, null, null, 1.0, DEFAULT_WEBHOOK_ATTEMPT_TIMEOUT, Clock.systemUTC());
    }

    public SimulatorSettings withApiKey(String apiKey) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }

    public SimulatorSettings withIds(String workspaceId, String connectedAccountId) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }

    public SimulatorSettings withSyncDelay(Duration syncDelay) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }

    public SimulatorSettings withWebhook(String webhookUrl, String webhookSecret) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }

    public SimulatorSettings withWebhookRetryScale(double webhookRetryScale) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }

    public SimulatorSettings withWebhookAttemptTimeout(Duration webhookAttemptTimeout) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }

    public SimulatorSettings withClock(Clock clock) {
        return new SimulatorSettings(apiKey, workspaceId, connectedAccountId, syncDelay, webhookUrl, webhookSecret,
                webhookRetryScale, webhookAttemptTimeout, clock);
    }
}
