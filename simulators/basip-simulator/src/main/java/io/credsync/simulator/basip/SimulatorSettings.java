package io.credsync.simulator.basip;

import java.time.Duration;
import java.util.List;

import io.credsync.simulator.kit.EnvSettings;

/**
 * The simulator's start settings: the admin account every panel accepts (a panel may change its password), how long
 * a token lives, and the panels that exist from the start.
 */
public record SimulatorSettings(String username, String password, Duration tokenTtl, List<String> panels,
        WiegandMode wiegandMode) {

    public static final String DEFAULT_USERNAME = "admin";
    public static final String DEFAULT_PASSWORD = "123456";

    public SimulatorSettings {
        panels = List.copyOf(panels);
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_USERNAME, DEFAULT_PASSWORD, Duration.ofHours(1), List.of(),
                WiegandMode.DECIMAL);
    }

    /** {@code BASIP_SIM_USERNAME}, {@code _PASSWORD}, {@code _TOKEN_TTL}, {@code _PANELS}, {@code _WIEGAND_MODE}. */
    public static SimulatorSettings fromEnvironment(EnvSettings env) {
        return new SimulatorSettings(env.string("BASIP_SIM_USERNAME", DEFAULT_USERNAME),
                env.string("BASIP_SIM_PASSWORD", DEFAULT_PASSWORD),
                env.duration("BASIP_SIM_TOKEN_TTL", Duration.ofHours(1)),
                env.list("BASIP_SIM_PANELS"),
                WiegandMode.of(env.string("BASIP_SIM_WIEGAND_MODE", "decimal")));
    }

    PanelSettings panelDefaults() {
        return new PanelSettings(wiegandMode, true, 1000, ErrorShape.ANDROID, true, password);
    }
}
