package io.credsync.simulator.basip;

import java.util.Map;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/**
 * The BAS-IP panels in the simulator host (declared in {@code META-INF/credsync/simulator.properties}: port 8203,
 * {@code BASIP_SIM_PORT}), settings from the environment; without {@code BASIP_SIM_PANELS} it has the local stack's
 * panels {@code gate-1} and {@code door-2}.
 */
public final class BasIpHosting implements HostedSimulator.Simulation {

    /** The secret_ref of the README's {@code basip-local} connection: the panels' admin account. */
    static final String LOCAL_SECRET_REF = "basip-local-key";

    private final SimulatorState state;

    public BasIpHosting(EnvSettings env) {
        this.state = new SimulatorState(SimulatorSettings.fromEnvironment(
                env.withDefaults(Map.of("BASIP_SIM_PANELS", "gate-1,door-2"))));
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of(LOCAL_SECRET_REF, state.settings.username() + ":" + state.settings.password());
    }

    @Override
    public void installRoutes(Router router) {
        BasIpSimulator.installRoutes(router, state);
    }

    @Override
    public String summary() {
        return "user " + state.settings.username() + ", panels " + state.settings.panels()
                + " at /panels/<panel> (PUT /_control/panels/<panel> adds one); control API under /_control";
    }
}
