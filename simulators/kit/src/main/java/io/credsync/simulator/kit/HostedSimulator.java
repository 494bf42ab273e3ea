package io.credsync.simulator.kit;

import io.vertx.ext.web.Router;

/**
 * A vendor simulator as the simulator host runs it: a name, the port it takes by default and the environment
 * variable that moves it, and how to build it from the environment.
 */
public interface HostedSimulator {

    /** e.g. {@code jetstream-simulator}. */
    String name();

    int defaultPort();

    /** e.g. {@code JETSTREAM_SIM_PORT}. */
    String portVariable();

    Simulation create(EnvSettings env);

    /** One simulator's state, served by the routes it installs. */
    interface Simulation extends AutoCloseable {

        /** The vendor routes and {@code /_control}. */
        void installRoutes(Router router);

        /** What to call it with (keys, ids), logged at start. */
        String summary();

        @Override
        default void close() {
        }
    }
}
