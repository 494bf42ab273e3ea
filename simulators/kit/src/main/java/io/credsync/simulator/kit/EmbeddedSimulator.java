package io.credsync.simulator.kit;

import io.credsync.simulator.kit.http.SimulatorServer;

/** A simulator serving HTTP in this JVM, as a test holds it: where it is, back to its start, stop. */
public interface EmbeddedSimulator extends AutoCloseable {

    /** The HTTP server the simulator answers on; where it is and stopping it are the server's. */
    SimulatorServer server();

    /** {@code http://127.0.0.1:<port>}. */
    default String baseUrl() {
        return server().baseUrl();
    }

    default int port() {
        return server().port();
    }

    /** Back to the state at start: no faults, counts or clock offset, and the vendor's own state. */
    void reset();

    @Override
    default void close() {
        server().close();
    }
}
