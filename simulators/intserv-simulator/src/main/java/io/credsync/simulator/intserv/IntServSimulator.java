package io.credsync.simulator.intserv;

import java.util.List;
import java.util.Optional;

import io.credsync.simulator.kit.EmbeddedSimulator;
import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.fault.FaultPlan;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.vertx.ext.web.Router;

/**
 * The IntServ Access API embedded in a test: one account with its access systems, served at {@link #baseUrl()}
 * ({@code <base>/v1/accesskeys/add}, …), the control API under {@code /_control}. Close it when done.
 *
 * <pre>{@code
 * try (IntServSimulator sim = IntServSimulator.start()) {
 *     String level = sim.system("main");          // the system's first access level
 *     sim.codesEnabled("main", false);             // its code keys fail with CodeNotEnabled
 *     sim.clock().advance(Duration.ofSeconds(10)); // systems apply what was sent
 * }
 * }</pre>
 */
public final class IntServSimulator implements EmbeddedSimulator {

    private final SimulatorState state;
    private final SimulatorServer server;

    private IntServSimulator(SimulatorState state, SimulatorServer server) {
        this.state = state;
        this.server = server;
    }

    public static IntServSimulator start() {
        return start(0, SimulatorSettings.defaults());
    }

    public static IntServSimulator start(int port, SimulatorSettings settings) {
        SimulatorState state = new SimulatorState(settings);
        return new IntServSimulator(state, SimulatorServer.start(port, router -> installRoutes(router, state)));
    }

    static void installRoutes(Router router, SimulatorState state) {
        IntServRoutes.install(router, state);
        IntServControl.install(router, state);
    }

    /** Creates the access system if needed; returns the id of its first access level. */
    public String system(String systemId) {
        state.system(systemId);
        return SimulatorSettings.defaultLevelOf(systemId);
    }

    /** Another access level of an existing system; returns its id. */
    public String addLevel(String systemId, String name) {
        state.system(systemId);
        return state.addLevel(new AccessLevel(java.util.UUID.randomUUID().toString(), name, systemId)).id();
    }

    /** False: the system refuses code keys ({@code CodeNotEnabled} in their status). */
    public void codesEnabled(String systemId, boolean enabled) {
        AccessSystem system = state.system(systemId);
        state.system(new AccessSystem(system.id(), enabled, system.codeLength()));
    }

    /** The code a system's doors read for a key: cut from the left to its code length, as the docs warn. */
    public String doorCode(String systemId, String code) {
        return state.system(systemId).doorCode(code);
    }

    public List<StoredKey> keys() {
        return state.keys().stream().map(key -> state.locked(() -> StoredKey.of(key))).toList();
    }

    public Optional<StoredKey> key(String id) {
        return state.key(id).map(key -> state.locked(() -> StoredKey.of(key)));
    }

    /** How many persons the account holds. */
    public int personCount() {
        return state.persons().size();
    }

    /** The Integration API Key: a connection's secret. */
    public String apiKey() {
        return state.settings.apiKey();
    }

    public FaultPlan faults() {
        return state.mechanism.faults();
    }

    public SimulatedClock clock() {
        return state.clock;
    }

    /** Requests to one endpoint, whatever their outcome (faults and 401 included). */
    public long requestCount(String template) {
        return state.mechanism.requests().count("POST", template);
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
