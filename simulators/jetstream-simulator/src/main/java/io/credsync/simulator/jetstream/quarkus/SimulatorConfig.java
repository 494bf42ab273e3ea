package io.credsync.simulator.jetstream.quarkus;

import java.util.List;
import java.util.Optional;

import io.credsync.simulator.jetstream.SimulatorSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Standalone settings; environment: {@code JETSTREAM_SIM_ACCESS_KEY}, {@code JETSTREAM_SIM_DEVICES}, … */
@ConfigMapping(prefix = "jetstream-sim")
public interface SimulatorConfig {

    /** The only AccessKey accepted; printed at start. */
    @WithDefault(SimulatorSettings.DEFAULT_ACCESS_KEY)
    String accessKey();

    /** The {@code User} in CommandQueuedEvent. */
    @WithDefault(SimulatorSettings.DEFAULT_USER)
    String user();

    /** Devices that exist from the start, comma-separated (a comma inside a name is written {@code \,}). */
    Optional<List<String>> devices();

    default SimulatorSettings settings() {
        return new SimulatorSettings(accessKey(), user(), devices().orElse(List.of()));
    }
}
