package io.credsync.simulator.intserv;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.credsync.simulator.kit.EnvSettings;

/**
 * The simulator's start settings: the Integration API Key it accepts, the access systems of the account (each with
 * one access level from the start), and how long a system takes to apply a change (on the simulated clock).
 */
public record SimulatorSettings(String apiKey, List<String> systems, Duration propagationDelay) {

    public static final String DEFAULT_API_KEY = "intserv-sim-integration-key";

    public SimulatorSettings {
        systems = List.copyOf(systems);
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_API_KEY, List.of(), Duration.ofSeconds(5));
    }

    /** {@code INTSERV_SIM_API_KEY}, {@code _SYSTEMS}, {@code _PROPAGATION_DELAY}. */
    public static SimulatorSettings fromEnvironment(EnvSettings env) {
        return new SimulatorSettings(env.string("INTSERV_SIM_API_KEY", DEFAULT_API_KEY),
                env.list("INTSERV_SIM_SYSTEMS"),
                env.duration("INTSERV_SIM_PROPAGATION_DELAY", Duration.ofSeconds(5)));
    }

    public SimulatorSettings withSystems(List<String> ids) {
        return new SimulatorSettings(apiKey, ids, propagationDelay);
    }

    public SimulatorSettings withPropagationDelay(Duration delay) {
        return new SimulatorSettings(apiKey, systems, delay);
    }

    /** The access level a system has from the start: a UUID derived from its id, so a local stack can name it. */
    public static String defaultLevelOf(String systemId) {
        return UUID.nameUUIDFromBytes(("intserv-level:" + systemId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
