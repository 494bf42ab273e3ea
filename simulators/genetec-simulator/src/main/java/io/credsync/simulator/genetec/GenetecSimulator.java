package io.credsync.simulator.genetec;

import java.util.List;
import java.util.Optional;

import io.credsync.simulator.kit.EmbeddedSimulator;
import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.fault.FaultPlan;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.vertx.ext.web.Router;

/**
 * A Genetec Clearance account embedded in a test: the STS at {@code <base>/token}, the Device Service at
 * {@code <base>/api/v1/tenant/<tenant>/…}, the control API under {@code /_control}. Close it when done.
 */
public final class GenetecSimulator implements EmbeddedSimulator {

    private final SimulatorState state;
    private final SimulatorServer server;

    private GenetecSimulator(SimulatorState state, SimulatorServer server) {
        this.state = state;
        this.server = server;
    }

    public static GenetecSimulator start() {
        return start(0, SimulatorSettings.defaults());
    }

    public static GenetecSimulator start(int port, SimulatorSettings settings) {
        SimulatorState state = new SimulatorState(settings);
        return new GenetecSimulator(state, SimulatorServer.start(port, router -> installRoutes(router, state)));
    }

    static void installRoutes(Router router, SimulatorState state) {
        GenetecRoutes.install(router, state);
        GenetecControl.install(router, state);
    }

    /** The JSON connection file of the account's service principal, its STS at this simulator's {@code /token}. */
    public String connectionFile() {
        return state.settings.connectionFile(baseUrl() + GenetecPaths.TOKEN);
    }

    /** A connection file signed by another key than the principal's (a leaked or rotated-out key). */
    public static String foreignConnectionFile(String tenantId, String stsUrl) {
        SimulatorSettings other = SimulatorSettings.defaults();
        return new SimulatorSettings(tenantId, SimulatorSettings.DEFAULT_PRINCIPAL, other.principalKey(),
                other.tokenTtl(), 0).connectionFile(stsUrl);
    }

    public String tenantId() {
        return state.settings.tenantId();
    }

    /** False: the principal is not in the "Manage devices" security policy. */
    public void canManage(boolean allowed) {
        state.locked(() -> state.canManage = allowed);
    }

    public void activeDeviceLimit(int limit) {
        state.locked(() -> state.activeDeviceLimit = limit);
    }

    public long activeDevices() {
        return state.locked(state::activeDevices);
    }

    /** Every issued token stops working (answers 401 until the client asks the STS again). */
    public void expireTokens() {
        state.locked(() -> {
            state.sts.expireAll();
            return null;
        });
    }

    public int tokensIssued() {
        return state.locked(state.sts::issued);
    }

    /** How many devices are registered with this serial number + manufacturer. */
    public long devicesOf(String serialNumber, String manufacturer) {
        return state.locked(() -> state.devicesOf(serialNumber, manufacturer).size());
    }

    public boolean isActive(String serialNumber, String manufacturer) {
        return state.locked(() -> state.devicesOf(serialNumber, manufacturer).stream().anyMatch(d -> d.active));
    }

    public Optional<String> currentCredential(String serialNumber, String manufacturer) {
        return state.current(serialNumber, manufacturer);
    }

    public List<Transaction> transactions(String serialNumber, String manufacturer) {
        return state.transactions().stream().filter(t -> t.serialNumber().equals(serialNumber)
                && t.manufacturer().equals(manufacturer)).toList();
    }

    /** As if the device called {@code credential/failed} for this credential. */
    public void deviceReportsFailed(String serialNumber, String manufacturer, String credential) {
        state.locked(() -> {
            state.markFailed(serialNumber, manufacturer, credential);
            return null;
        });
    }

    public FaultPlan faults() {
        return state.mechanism.faults();
    }

    public SimulatedClock clock() {
        return state.clock;
    }

    /** Requests to one endpoint template, whatever their outcome (faults and 401 included). */
    public long requestCount(String method, String template) {
        return state.mechanism.requests().count(method, template);
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
