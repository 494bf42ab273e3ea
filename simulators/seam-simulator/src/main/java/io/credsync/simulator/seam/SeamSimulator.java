package io.credsync.simulator.seam;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.credsync.simulator.kit.EmbeddedSimulator;
import io.credsync.simulator.kit.fault.RateLimit;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.credsync.simulator.seam.events.SeamEvent;
import io.credsync.simulator.seam.fault.Faults;
import io.credsync.simulator.seam.http.SeamRoutes;
import io.credsync.simulator.seam.webhook.Webhooks;

/**
 * The Seam simulator embedded in a test, without Quarkus: its own Vert.x HTTP server on {@code 127.0.0.1}.
 *
 * <pre>{@code
 * try (SeamSimulator seam = SeamSimulator.start(0, "seam_test_key")) {
 *     AcsSystemFixture hq = seam.addAcsSystem("HQ", List.of("Main door"), List.of("Staff"));
 *     seam.webhooks().endpoint("http://127.0.0.1:" + port + "/webhooks/seam");
 *     seam.faults().next(1).timeoutAfterWrite("/acs/credentials/create");
 *     // point the client at seam.baseUrl() ...
 * }
 * }</pre>
 *
 * The control methods delegate to {@link #simulation()}.
 */
public final class SeamSimulator implements EmbeddedSimulator {

    private final SimulatorServer server;
    private final SeamSimulation simulation;

    private SeamSimulator(SimulatorServer server, SeamSimulation simulation) {
        this.server = server;
        this.simulation = simulation;
    }

    /** Starts on {@code port} (0 = a free one) accepting {@code apiKey}; other settings are the defaults. */
    public static SeamSimulator start(int port, String apiKey) {
        return start(port, SimulatorSettings.defaults().withApiKey(apiKey));
    }

    public static SeamSimulator start(int port, SimulatorSettings settings) {
        SeamSimulation simulation = new SeamSimulation(settings);
        try {
            return new SeamSimulator(SimulatorServer.start(port, router -> SeamRoutes.install(router, simulation)),
                    simulation);
        } catch (RuntimeException e) {
            simulation.close();
            throw e;
        }
    }

    public SeamSimulation simulation() {
        return simulation;
    }

    public String apiKey() {
        return simulation.apiKey();
    }

    public String workspaceId() {
        return simulation.workspaceId();
    }

    public String connectedAccountId() {
        return simulation.connectedAccountId();
    }

    public AcsSystemFixture addAcsSystem(String name) {
        return simulation.addAcsSystem(name);
    }

    public AcsSystemFixture addAcsSystem(String name, List<String> entranceNames, List<String> accessGroupNames) {
        return simulation.addAcsSystem(name, entranceNames, accessGroupNames);
    }

    public String addAcsEntrance(String acsSystemId, String displayName) {
        return simulation.addAcsEntrance(acsSystemId, displayName);
    }

    public String addAcsAccessGroup(String acsSystemId, String name) {
        return simulation.addAcsAccessGroup(acsSystemId, name);
    }

    public List<AcsSystemFixture> acsSystems() {
        return simulation.acsSystems();
    }

    public void syncDelay(Duration delay) {
        simulation.syncDelay(delay);
    }

    public void failSystem(String acsSystemId) {
        simulation.failSystem(acsSystemId);
    }

    public void recoverSystem(String acsSystemId) {
        simulation.recoverSystem(acsSystemId);
    }

    public Set<String> failingSystems() {
        return simulation.failingSystems();
    }

    public void invalidateCredential(String acsCredentialId) {
        simulation.invalidateCredential(acsCredentialId);
    }

    public List<SimulatedCredential> credentials() {
        return simulation.credentials();
    }

    public Optional<SimulatedCredential> credential(String acsCredentialId) {
        return simulation.credential(acsCredentialId);
    }

    public List<SimulatedUser> users() {
        return simulation.users();
    }

    public List<SeamEvent> events() {
        return simulation.events();
    }

    public Faults faults() {
        return simulation.faults();
    }

    public Webhooks webhooks() {
        return simulation.webhooks();
    }

    public RateLimit rateLimit() {
        return simulation.rateLimit();
    }

    public long requestCount(String route) {
        return simulation.requestCount(route);
    }

    public Map<String, Long> requestCounts() {
        return simulation.requestCounts();
    }

    public void rejectUnknownFields(boolean reject) {
        simulation.rejectUnknownFields(reject);
    }

    @Override
    public void reset() {
        simulation.reset();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            simulation.close();
        }
    }

    @Override
    public SimulatorServer server() {
        return server;
    }
}
