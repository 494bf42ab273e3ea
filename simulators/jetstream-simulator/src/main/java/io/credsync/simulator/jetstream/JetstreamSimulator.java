package io.credsync.simulator.jetstream;

import io.credsync.simulator.kit.EmbeddedSimulator;
import io.credsync.simulator.kit.http.SimulatorServer;

/**
 * The simulator embedded in a test: its own Vert.x and HTTP server on 127.0.0.1, no Quarkus. Close it when done.
 *
 * <pre>{@code
 * try (JetstreamSimulator sim = JetstreamSimulator.start(0, SimulatorSettings.DEFAULT_ACCESS_KEY)) {
 *     sim.device("Lobby-1").online(false);
 *     // point the client at sim.baseUrl() + "/3" with header AccessKey: sim.accessKey()
 * }
 * }</pre>
 */
public final class JetstreamSimulator extends SimulatorControl implements EmbeddedSimulator {

    private final SimulatorServer server;

    private JetstreamSimulator(SimulatorState state, SimulatorServer server) {
        super(state);
        this.server = server;
    }

    /** On a free port, with the default access key. */
    public static JetstreamSimulator start() {
        return start(0, SimulatorSettings.defaults());
    }

    /** On {@code port} (0: a free one), accepting only {@code accessKey}. */
    public static JetstreamSimulator start(int port, String accessKey) {
        return start(port, SimulatorSettings.withAccessKey(accessKey));
    }

    public static JetstreamSimulator start(int port, SimulatorSettings settings) {
        SimulatorState state = new SimulatorState(settings);
        return new JetstreamSimulator(state,
                SimulatorServer.start(port, new SimulatorControl(state)::installRoutes));
    }

    @Override
    public SimulatorServer server() {
        return server;
    }
}
