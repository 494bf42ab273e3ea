package io.credsync.simulator.seam;

import java.util.Map;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.credsync.simulator.seam.http.SeamRoutes;
import io.vertx.ext.web.Router;

/**
 * The Seam simulator in the simulator host (declared in {@code META-INF/credsync/simulator.properties}: port 8202,
 * {@code SEAM_SIM_PORT}), settings from the environment, and the seed fixtures ({@link SeedFixtures}) at start and
 * after every reset unless {@code SEAM_SIM_SEED=false}. In the local stack (which gives every process
 * {@code CREDSYNC_EVENT_INGEST_URL}) its webhooks go, signed, to event-ingest's endpoint for the README's
 * {@code seam-local} connection unless {@code SEAM_SIM_WEBHOOK_URL} says otherwise.
 */
public final class SeamHosting implements HostedSimulator.Simulation {

    /** The secret_refs of the README's {@code seam-local} connection: API key and webhook signing secret. */
    static final String LOCAL_KEY_REF = "seam-local-key";
    static final String LOCAL_WEBHOOK_REF = "seam-local-webhook";

    /** The local stack's webhook signing secret (a simulator's: not a secret). */
    static final String LOCAL_WEBHOOK_SECRET = "whsec_Y3JlZHN5bmMtbG9jYWwtc2VhbS13ZWJob29rLWtleSE=";

    private final SeamSimulation simulation;

    public SeamHosting(EnvSettings env) {
        this.simulation = new SeamSimulation(SimulatorSettings.fromEnvironment(env.withDefaults(localDefaults(env))));
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
    public Map<String, String> secrets() {
        return Map.of(LOCAL_KEY_REF, simulation.apiKey(), LOCAL_WEBHOOK_REF, simulation.webhooks().secret());
    }

    private static Map<String, String> localDefaults(EnvSettings env) {
        return env.optional("CREDSYNC_EVENT_INGEST_URL")
                .map(ingest -> Map.of("SEAM_SIM_WEBHOOK_URL", ingest + "/webhooks/seam/seam-local",
                        "SEAM_SIM_WEBHOOK_SECRET", LOCAL_WEBHOOK_SECRET))
                .orElse(Map.of());
    }

    @Override
    public void close() {
        simulation.close();
    }
}
