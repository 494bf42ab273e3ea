package io.credsync.simulator.host;

import java.util.ArrayList;
import java.util.List;

import io.credsync.simulator.basip.BasIpHosting;
import io.credsync.simulator.jetstream.JetstreamHosting;
import io.credsync.simulator.kit.EnvSettings;
import io.credsync.simulator.kit.HostedSimulator;
import io.credsync.simulator.kit.HostedSimulator.Simulation;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.credsync.simulator.seam.SeamHosting;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * One process for every vendor simulator: each on its own port (the vendor's clients see separate hosts), all on
 * one small Vert.x, plus {@code /q/health/ready} on the host's own port for the local stack. A plain main, not a
 * Quarkus app: one JVM of a few dozen MB instead of one Quarkus JVM per simulator.
 */
public final class SimulatorHost implements AutoCloseable {

    /** Every simulator the host serves; a new vendor simulator is one more entry. */
    static final List<HostedSimulator> SIMULATORS = List.of(JetstreamHosting.HOSTED, SeamHosting.HOSTED,
            BasIpHosting.HOSTED);

    static final String PORT_VARIABLE = "SIMULATORS_PORT";
    static final String BIND_VARIABLE = "SIMULATORS_BIND_ADDRESS";
    static final int DEFAULT_PORT = 8200;

    private static final System.Logger LOG = System.getLogger(SimulatorHost.class.getName());

    private final Vertx vertx;
    private final List<Simulation> simulations;
    private final List<SimulatorServer> servers;
    private final SimulatorServer health;

    private SimulatorHost(Vertx vertx, List<Simulation> simulations, List<SimulatorServer> servers,
            SimulatorServer health) {
        this.vertx = vertx;
        this.simulations = simulations;
        this.servers = servers;
        this.health = health;
    }

    public static void main(String[] args) {
        SimulatorHost host = start(EnvSettings.system());
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "simulator-host-stop"));
    }

    /** Starts every simulator on its port ({@code <VENDOR>_SIM_PORT}; 0 = a free one), then the health endpoint. */
    public static SimulatorHost start(EnvSettings env) {
        String bind = env.string(BIND_VARIABLE, "0.0.0.0");
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
        List<Simulation> simulations = new ArrayList<>();
        List<SimulatorServer> servers = new ArrayList<>();
        try {
            for (HostedSimulator simulator : SIMULATORS) {
                Simulation simulation = simulator.create().apply(env);
                simulations.add(simulation);
                int port = env.integer(simulator.portVariable(), simulator.defaultPort());
                SimulatorServer server = SimulatorServer.start(vertx, bind, port, simulation::installRoutes);
                servers.add(server);
                LOG.log(System.Logger.Level.INFO, "{0} on {1}: {2}", simulator.name(), server.baseUrl(),
                        simulation.summary());
            }
            SimulatorServer health = SimulatorServer.start(vertx, bind, env.integer(PORT_VARIABLE, DEFAULT_PORT),
                    router -> HealthRoutes.install(router, SIMULATORS, servers));
            LOG.log(System.Logger.Level.INFO, "simulator host ready; health on {0}/q/health/ready",
                    health.baseUrl());
            return new SimulatorHost(vertx, simulations, servers, health);
        } catch (RuntimeException e) {
            new SimulatorHost(vertx, simulations, servers, null).close();
            throw e;
        }
    }

    /** The base URL of the simulator with this name, e.g. {@code jetstream-simulator}. */
    public String baseUrl(String simulator) {
        for (int i = 0; i < servers.size(); i++) {
            if (SIMULATORS.get(i).name().equals(simulator)) {
                return servers.get(i).baseUrl();
            }
        }
        throw new IllegalArgumentException("no simulator " + simulator);
    }

    /** The host's own URL: {@code /q/health/ready}. */
    public String healthUrl() {
        return health.baseUrl();
    }

    @Override
    public void close() {
        if (health != null) {
            health.close();
        }
        servers.forEach(SimulatorServer::close);
        simulations.forEach(Simulation::close);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
