package io.credsync.simulator.kit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnvSettingsTest {

    @Test
    void shouldReadTheFormatsTheSimulatorsTookAsQuarkusApps() {
        // Given
        EnvSettings env = new EnvSettings(Map.of(
                "DEVICES", "Lobby-1, Dock\\,3,,",
                "DELAY_MS", "50ms",
                "DELAY_S", "2s",
                "DELAY_FRACTION", "0.3S",
                "DELAY_ISO", "PT1M",
                "BLANK", "  "));

        // When / Then
        assertThat(env.list("DEVICES")).containsExactly("Lobby-1", "Dock,3");
        assertThat(env.duration("DELAY_MS", Duration.ZERO)).isEqualTo(Duration.ofMillis(50));
        assertThat(env.duration("DELAY_S", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(env.duration("DELAY_FRACTION", Duration.ZERO)).isEqualTo(Duration.ofMillis(300));
        assertThat(env.duration("DELAY_ISO", Duration.ZERO)).isEqualTo(Duration.ofMinutes(1));
        assertThat(env.string("BLANK", "default")).isEqualTo("default");
        assertThat(env.integer("MISSING", 8201)).isEqualTo(8201);
    }
}
