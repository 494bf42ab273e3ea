package io.credsync.simulator.jetstream.quarkus;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.credsync.simulator.jetstream.SimulatorControl;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;

/** Standalone mode: the same routes as the embedded simulator, on Quarkus' HTTP server (next to /q/health). */
@ApplicationScoped
public class StandaloneSimulator {

    private static final Logger LOG = Logger.getLogger(StandaloneSimulator.class);

    @Produces
    @Singleton
    SimulatorControl simulator(SimulatorConfig config) {
        return SimulatorControl.create(config.settings());
    }

    void installRoutes(@Observes Router router, SimulatorControl simulator) {
        simulator.installRoutes(router);
    }

    void announce(@Observes StartupEvent event, SimulatorControl simulator, SimulatorConfig config) {
        LOG.infof("Jetstream simulator: AccessKey %s, devices %s; vendor API under /3, control API under /_control",
                simulator.accessKey(), config.devices().orElse(List.of()));
    }
}
