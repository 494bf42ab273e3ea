package io.credsync.simulator.jetstream;

import java.util.Map;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/**
 * The Jetstream simulator in the simulator host (declared in {@code META-INF/credsync/simulator.properties}: port 8201,
 * {@code JETSTREAM_SIM_PORT}), settings from the environment; without {@code JETSTREAM_SIM_DEVICES} it has the local
 * stack's devices, the ones the README's targets name.
 */
public final class JetstreamHosting implements HostedSimulator.Simulation {

    /** The secret_ref of the README's {@code jetstream-local} connection. */
    static final String LOCAL_SECRET_REF = "jetstream-local-key";

    private final SimulatorSettings settings;
    private final SimulatorControl control;

    public JetstreamHosting(EnvSettings env) {
        this.settings = SimulatorSettings.fromEnvironment(
                env.withDefaults(Map.of("JETSTREAM_SIM_DEVICES", "Lobby-1,Garage-2")));
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

    @Override
    public Map<String, String> secrets() {
        return Map.of(LOCAL_SECRET_REF, control.accessKey());
    }
}
