package io.credsync.simulator.jetstream;

import java.util.List;

import io.credsync.simulator.kit.EnvSettings;

/**
 * How a simulator starts.
 *
 * @param accessKey the only {@code AccessKey} header value accepted (Jetstream: one 36-character GUID per user)
 * @param user the user name in CommandQueuedEvent's {@code User}
 * @param devices devices that exist from the start (and again after a reset), online, with empty lists
 */
public record SimulatorSettings(String accessKey, String user, List<String> devices) {

    /** A fixed GUID, so that a local stack and its clients agree without configuration. */
    public static final String DEFAULT_ACCESS_KEY = "6a0c9b0e-5d1f-4c6e-9b7a-3c2d1e0f4a5b";
    public static final String DEFAULT_USER = "credsync-simulator";

    public SimulatorSettings {
        if (accessKey == null || accessKey.isBlank()) {
            throw new IllegalArgumentException("an access key is required");
        }
        devices = List.copyOf(devices);
        devices.forEach(CredentialRules::validDeviceName);
    }

    public static SimulatorSettings withAccessKey(String accessKey) {
        return new SimulatorSettings(accessKey, DEFAULT_USER, List.of());
    }

    /**
     * {@code JETSTREAM_SIM_ACCESS_KEY}, {@code JETSTREAM_SIM_USER} and {@code JETSTREAM_SIM_DEVICES} (comma-separated;
     * a comma inside a name is written {@code \,}), as the standalone simulator took them.
     */
    public static SimulatorSettings fromEnvironment(EnvSettings env) {
        return new SimulatorSettings(env.string("JETSTREAM_SIM_ACCESS_KEY", DEFAULT_ACCESS_KEY),
                env.string("JETSTREAM_SIM_USER", DEFAULT_USER), env.list("JETSTREAM_SIM_DEVICES"));
    }

    public static SimulatorSettings defaults() {
        return withAccessKey(DEFAULT_ACCESS_KEY);
    }
}
