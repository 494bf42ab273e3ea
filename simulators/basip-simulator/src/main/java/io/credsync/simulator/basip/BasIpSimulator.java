package io.credsync.simulator.basip;

import java.util.Optional;

import io.credsync.simulator.kit.EmbeddedSimulator;
import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.fault.FaultPlan;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.vertx.ext.web.Router;

/**
 * BAS-IP panels embedded in a test: one HTTP server, each panel under its own path prefix ({@link #panelUrl}), the
 * control API under {@code /_control}. Close it when done.
 *
 * <pre>{@code
 * try (BasIpSimulator sim = BasIpSimulator.start()) {
 *     sim.panel("gate-1").wiegandMode(WiegandMode.HEX);
 *     // login at sim.panelUrl("gate-1") + "/api/v1/login?username=admin&password=<md5>"
 * }
 * }</pre>
 */
public final class BasIpSimulator implements EmbeddedSimulator {

    private final SimulatorState state;
    private final SimulatorServer server;

    private BasIpSimulator(SimulatorState state, SimulatorServer server) {
        this.state = state;
        this.server = server;
    }

    public static BasIpSimulator start() {
        return start(0, SimulatorSettings.defaults());
    }

    public static BasIpSimulator start(int port, SimulatorSettings settings) {
        SimulatorState state = new SimulatorState(settings);
        return new BasIpSimulator(state, SimulatorServer.start(port, router -> installRoutes(router, state)));
    }

    static void installRoutes(Router router, SimulatorState state) {
        BasIpRoutes.install(router, state);
        BasIpControl.install(router, state);
    }

    /** The panel, created with the default settings if it does not exist yet. */
    public PanelHandle panel(String name) {
        return new PanelHandle(state, state.panel(name));
    }

    public Optional<PanelHandle> findPanel(String name) {
        return state.find(name).map(panel -> new PanelHandle(state, panel));
    }

    /** The base URL of a panel: a BAS-IP target's address. */
    public String panelUrl(String panel) {
        return BasIpPaths.panelUrl(baseUrl(), panel);
    }

    /** {@code username:password}: a connection's secret. */
    public String secret() {
        return state.settings.username() + ":" + state.settings.password();
    }

    public FaultPlan faults() {
        return state.mechanism.faults();
    }

    public SimulatedClock clock() {
        return state.clock;
    }

    /** Requests to one panel's endpoint, whatever their outcome (faults, 401 and drops included). */
    public long requestCount(String method, String template, String panel) {
        return state.mechanism.requests().count(method, template, panel);
    }

    @Override
    public void reset() {
        state.reset();
    }

    @Override
    public SimulatorServer server() {
        return server;
    }
}
