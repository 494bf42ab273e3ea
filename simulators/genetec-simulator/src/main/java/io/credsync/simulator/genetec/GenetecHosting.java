package io.credsync.simulator.genetec;

import java.util.Map;

import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.vertx.ext.web.Router;

/**
 * The Clearance account in the simulator host (declared in {@code META-INF/credsync/simulator.properties}: port 8205,
 * {@code GENETEC_SIM_PORT}); its service principal's JSON connection file is the local secret. The file names no STS
 * URL: a client then asks the API host's {@code /token}, which the simulator serves.
 */
public final class GenetecHosting implements HostedSimulator.Simulation {

    /** The secret_ref of a local Genetec connection: the JSON connection file. */
    static final String LOCAL_SECRET_REF = "genetec-local-key";

    private final SimulatorState state;

    public GenetecHosting(EnvSettings env) {
        this.state = new SimulatorState(SimulatorSettings.fromEnvironment(env));
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of(LOCAL_SECRET_REF, state.settings.connectionFile(null));
    }

    @Override
    public void installRoutes(Router router) {
        GenetecSimulator.installRoutes(router, state);
    }

    @Override
    public String summary() {
        return "tenant " + state.settings.tenantId() + ", STS at POST /token, active devices limited to "
                + state.activeDeviceLimit + "; control API under /_control";
    }
}
