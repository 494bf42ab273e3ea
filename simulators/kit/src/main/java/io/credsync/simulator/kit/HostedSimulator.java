package io.credsync.simulator.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.vertx.ext.web.Router;

/**
 * A vendor simulator as the simulator host runs it, declared by the simulator's own module in
 * {@value #DESCRIPTOR} ({@code name}, {@code port}, {@code port.variable}, {@code hosting}): the host finds every
 * declaration on its class path, and the local stack reads the same files in the source tree for the ports, so a new
 * simulator is registered by its module alone.
 *
 * @param name e.g. {@code jetstream-simulator}
 * @param defaultPort its port unless {@code portVariable} moves it
 * @param portVariable e.g. {@code JETSTREAM_SIM_PORT}
 * @param hosting the {@link Simulation} class, with a public constructor taking the {@link EnvSettings}
 */
public record HostedSimulator(String name, int defaultPort, String portVariable, String hosting) {

    public static final String DESCRIPTOR = "META-INF/credsync/simulator.properties";

    /** Every simulator declared on the class path of {@code loader}, by port. */
    public static List<HostedSimulator> onClassPath(ClassLoader loader) {
        List<HostedSimulator> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(DESCRIPTOR))) {
                try (InputStream in = url.openStream()) {
                    Properties properties = new Properties();
                    properties.load(in);
                    found.add(of(properties, url.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator declarations " + DESCRIPTOR, e);
        }
        found.sort(Comparator.comparingInt(HostedSimulator::defaultPort));
        return List.copyOf(found);
    }

    /** A declaration; {@code origin} names the file in the message of a broken one. */
    public static HostedSimulator of(Properties properties, String origin) {
        try {
            return new HostedSimulator(required(properties, "name"),
                    Integer.parseInt(required(properties, "port")), required(properties, "port.variable"),
                    required(properties, "hosting"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ": port is not a number", e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(DESCRIPTOR + " has no " + key);
        }
        return value;
    }

    /** Builds the simulation from the environment. */
    public Simulation create(EnvSettings env) {
        try {
            return Class.forName(hosting).asSubclass(Simulation.class).getConstructor(EnvSettings.class)
                    .newInstance(env);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException(name + " failed to start", e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(name + ": " + hosting + " is not a Simulation with a public ("
                    + "EnvSettings) constructor", e);
        }
    }

    /** One simulator's state, served by the routes it installs. */
    public interface Simulation extends AutoCloseable {

        /** The vendor routes and {@code /_control}. */
        void installRoutes(Router router);

        /** What to call it with (keys, ids), logged at start. */
        String summary();

        /**
         * The keys a client of this simulator needs, by the {@code secret_ref} the local stack's connections name
         * (README), e.g. {@code jetstream-local-key}: the host writes each to a file in {@code CREDSYNC_SECRETS_DIR},
         * where the runtimes resolve secrets.
         */
        default Map<String, String> secrets() {
            return Map.of();
        }

        @Override
        default void close() {
        }
    }
}
