package io.credsync.simulator.seam.quarkus;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.SimulatorSettings;

/** Standalone mode: the one simulation, built from {@link SeamSimulatorConfig}. */
@Singleton
public class SimulationProducer {

    @Produces
    @Singleton
    SeamSimulation simulation(SeamSimulatorConfig config) {
        SimulatorSettings settings = SimulatorSettings.defaults()
                .withApiKey(config.apiKey())
                .withIds(config.workspaceId(), config.connectedAccountId())
                .withSyncDelay(config.syncDelay())
                .withWebhook(config.webhookUrl().filter(url -> !url.isBlank()).orElse(null),
                        config.webhookSecret().filter(secret -> !secret.isBlank()).orElse(null))
                .withWebhookRetryScale(config.webhookRetryScale());
        SeamSimulation simulation = new SeamSimulation(settings);
        if (config.seed()) {
            SeedFixtures.seed(simulation);
            simulation.onReset(SeedFixtures::seed);
        }
        return simulation;
    }

    void close(@Disposes SeamSimulation simulation) {
        simulation.close();
    }
}
