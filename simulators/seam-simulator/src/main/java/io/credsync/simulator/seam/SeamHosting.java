package io.credsync.simulator.seam;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.credsync.simulator.seam.http.SeamRoutes;
import io.vertx.ext.web.Router;

/**
 * The Seam simulator in the simulator host: port 8202 ({@code SEAM_SIM_PORT}), settings from the environment, and
 * the seed fixtures ({@link SeedFixtures}) at start and after every reset unless {@code SEAM_SIM_SEED=false}.
 */
public final class SeamHosting implements HostedSimulator.Simulation {

    public static final HostedSimulator HOSTED = new HostedSimulator("seam-simulator", 8202, "SEAM_SIM_PORT",
            SeamHosting::new);

    private final SeamSimulation simulation;

    private SeamHosting(EnvSettings env) {
        this.simulation = new SeamSimulation(SimulatorSettings.fromEnvironment(env));
        if (env.bool("SEAM_SIM_SEED", true)) {
            SeedFixtures.seed(simulation);
            simulation.onReset(SeedFixtures::seed);
        }
    }

    @Override
    public void installRoutes(Router router) {
        SeamRoutes.install(router, simulation);
    }

    @Override
    public String summary() {
        return "OpenAPI from @seamapi/types " + simulation.openApi().packageVersion() + "; API key "
                + simulation.apiKey() + ", workspace " + simulation.workspaceId() + ", acs_systems "
                + simulation.acsSystems().stream().map(s -> s.name() + "=" + s.acsSystemId()).toList()
                + "; webhooks to " + simulation.webhooks().endpoint().orElse("none (SEAM_SIM_WEBHOOK_URL)")
                + " (secret " + simulation.webhooks().secret() + "); control API under /_control";
    }

    @Override
    public void close() {
        simulation.close();
    }
}
