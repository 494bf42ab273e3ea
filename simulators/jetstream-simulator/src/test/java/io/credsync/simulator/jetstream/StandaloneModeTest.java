package io.credsync.simulator.jetstream;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class StandaloneModeTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    SimulatorControl simulator;

    @Test
    void shouldBeReady() {
        // When
        HttpResponse<String> response = http().control("GET", "/q/health/ready", null);

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeVendorAndControlApisOnOneState() {
        // Given
        http().control("PUT", "/_control/devices/Smoke-1", "{\"online\":true}");

        // When
        HttpResponse<String> response = http().send("POST", JetstreamHttp.basic("Smoke-1"), "[\"0A1B2C3D4E\"]");

        // Then
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(simulator.storedAcl("Smoke-1")).containsExactly("0A1B2C3D4E");
    }

    private JetstreamHttp http() {
        String base = root.toString().replaceAll("/$", "");
        return new JetstreamHttp(base, SimulatorSettings.DEFAULT_ACCESS_KEY);
    }
}
