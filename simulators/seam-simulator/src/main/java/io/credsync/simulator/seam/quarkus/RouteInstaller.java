package io.credsync.simulator.seam.quarkus;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.http.SeamRoutes;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;

/** Standalone mode: the simulator's routes on Quarkus' HTTP server, and what to call it with, printed at start. */
@Singleton
public class RouteInstaller {

    private static final Logger LOG = Logger.getLogger(RouteInstaller.class);

    private final SeamSimulation simulation;

    RouteInstaller(SeamSimulation simulation) {
        this.simulation = simulation;
    }

    void install(@Observes Router router) {
        SeamRoutes.install(router, simulation);
    }

    void announce(@Observes StartupEvent event) {
        LOG.infof("Seam simulator (OpenAPI from @seamapi/types %s): API key %s, workspace %s, acs_systems %s",
                simulation.openApi().packageVersion(), simulation.apiKey(), simulation.workspaceId(),
                simulation.acsSystems().stream().map(s -> s.name() + "=" + s.acsSystemId()).toList());
        LOG.infof("Webhooks: %s (secret %s); control API under /_control",
                simulation.webhooks().endpoint().orElse("none configured (SEAM_SIM_WEBHOOK_URL)"),
                simulation.webhooks().secret());
    }
}
