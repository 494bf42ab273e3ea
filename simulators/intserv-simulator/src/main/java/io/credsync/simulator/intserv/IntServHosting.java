package io.credsync.simulator.intserv;

import java.util.Map;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/**
 * The IntServ account in the simulator host (declared in {@code META-INF/credsync/simulator.properties}: port 8204,
 * {@code INTSERV_SIM_PORT}), settings from the environment; without {@code INTSERV_SIM_SYSTEMS} it has the access
 * systems {@code main-building} and {@code garage}, each with one access level.
 */
public final class IntServHosting implements HostedSimulator.Simulation {

    /** The secret_ref of a local IntServ connection: the Integration API Key. */
    static final String LOCAL_SECRET_REF = "intserv-local-key";

    private final SimulatorState state;

    public IntServHosting(EnvSettings env) {
        this.state = new SimulatorState(SimulatorSettings.fromEnvironment(
                env.withDefaults(Map.of("INTSERV_SIM_SYSTEMS", "main-building,garage"))));
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of(LOCAL_SECRET_REF, state.settings.apiKey());
    }

    @Override
    public void installRoutes(Router router) {
        IntServSimulator.installRoutes(router, state);
    }

    @Override
    public String summary() {
        return "systems " + state.settings.systems() + " (levels at POST /v1/accesslevels/list), propagation "
                + state.settings.propagationDelay() + "; control API under /_control";
    }
}
