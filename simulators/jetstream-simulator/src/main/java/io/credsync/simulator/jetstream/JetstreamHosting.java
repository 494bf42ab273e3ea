package io.credsync.simulator.jetstream;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/** The Jetstream simulator in the simulator host: port 8201 ({@code JETSTREAM_SIM_PORT}), settings from the env. */
public final class JetstreamHosting implements HostedSimulator.Simulation {

    public static final HostedSimulator HOSTED = new HostedSimulator("jetstream-simulator", 8201,
            "JETSTREAM_SIM_PORT", JetstreamHosting::new);

    private final SimulatorSettings settings;
    private final SimulatorControl control;

    private JetstreamHosting(EnvSettings env) {
        this.settings = SimulatorSettings.fromEnvironment(env);
        this.control = SimulatorControl.create(settings);
    }

    @Override
    public void installRoutes(Router router) {
        control.installRoutes(router);
    }

    @Override
    public String summary() {
        return "AccessKey " + control.accessKey() + ", devices " + settings.devices()
                + "; vendor API under /3, control API under /_control";
    }
}
