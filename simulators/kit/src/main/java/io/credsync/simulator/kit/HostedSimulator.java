package io.credsync.simulator.kit;

import java.util.function.Function;

import io.vertx.ext.web.Router;

/**
 * A vendor simulator as the simulator host runs it.
 *
 * @param name e.g. {@code jetstream-simulator}
 * @param defaultPort its port unless {@code portVariable} moves it
 * @param portVariable e.g. {@code JETSTREAM_SIM_PORT}
 * @param create builds the simulation from the environment
 */
public record HostedSimulator(String name, int defaultPort, String portVariable,
        Function<EnvSettings, Simulation> create) {

    /** One simulator's state, served by the routes it installs. */
    public interface Simulation extends AutoCloseable {

        /** The vendor routes and {@code /_control}. */
        void installRoutes(Router router);

        /** What to call it with (keys, ids), logged at start. */
        String summary();

        @Override
        default void close() {
        }
    }
}
