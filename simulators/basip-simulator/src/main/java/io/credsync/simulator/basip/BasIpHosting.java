package io.credsync.simulator.basip;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/** The BAS-IP panels in the simulator host: port 8203 ({@code BASIP_SIM_PORT}), settings from the env. */
public final class BasIpHosting implements HostedSimulator.Simulation {

    public static final HostedSimulator HOSTED = new HostedSimulator("basip-simulator", 8203, "BASIP_SIM_PORT",
            BasIpHosting::new);

    private final SimulatorState state;

    private BasIpHosting(EnvSettings env) {
        this.state = new SimulatorState(SimulatorSettings.fromEnvironment(env));
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
