package io.credsync.simulator.kit;

/** A simulator serving HTTP in this JVM, as a test holds it: where it is, back to its start, stop. */
public interface EmbeddedSimulator extends AutoCloseable {

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl();

    int port();

    /** Back to the state at start: no faults, counts or clock offset, and the vendor's own state. */
    void reset();

    @Override
    void close();
}
