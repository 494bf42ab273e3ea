package io.credsync.simulator.jetstream;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/** The Jetstream simulator in the simulator host: port 8201 ({@code JETSTREAM_SIM_PORT}), settings from the env. */
public final class JetstreamHosting implements HostedSimulator {

    @Override
    public String name() {
        return "jetstream-simulator";
    }

    @Override
    public int defaultPort() {
        return 8201;
    }

    @Override
    public String portVariable() {
        return "JETSTREAM_SIM_PORT";
    }

    @Override
    public Simulation create(EnvSettings env) {
        SimulatorSettings settings = SimulatorSettings.fromEnvironment(env);
        SimulatorControl control = SimulatorControl.create(settings);
        return new Simulation() {
            @Override
            public void installRoutes(Router router) {
                control.installRoutes(router);
            }

            @Override
            public String summary() {
                return "AccessKey " + control.accessKey() + ", devices " + settings.devices()
                        + "; vendor API under /3, control API under /_control";
            }
        };
    }
}
