package io.credsync.simulator.seam;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

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
