package io.credsync.simulator.jetstream;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static io.credsync.simulator.jetstream.StoredCredentialsTest.array;
import static org.assertj.core.api.Assertions.assertThat;

class ControlApiTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @Test
    void shouldCreateDevice() {
        // When
        HttpResponse<String> response = SIM.http().control("PUT", "/_control/devices/Lobby-1", "{\"online\":false}");

        // Then
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(SIM.sim().device("Lobby-1").isOnline()).isFalse();
        assertThat(SIM.http().send("GET", basic("Lobby-1")).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldUpdateDevice() {
        // Given
        SIM.sim().device("Lobby-1").online(false);

        // When
        HttpResponse<String> response = SIM.http().control("PUT", "/_control/devices/Lobby-1", "{\"online\":true}");

        // Then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SIM.sim().device("Lobby-1").isOnline()).isTrue();
    }

    @Test
    void shouldRejectInvalidDeviceName() {
        // When
        HttpResponse<String> response = SIM.http().control("PUT", "/_control/devices/Lobby:1", "{}");

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldShowStoredAndDeviceListsQueueAndLastSync() {
        // Given
        SIM.sim().device("Lobby-1");
        SIM.http().send("POST", basic("Lobby-1"), array("0A1B2C3D4E"));
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.sim().device("Lobby-1").online(false);
        SIM.http().send("PUT", basic("Lobby-1"), array("0123456789"));
        String queued = JetstreamHttp.object(SIM.http().send("POST", sync("Lobby-1"))).getString("CommandId");

        // When
        JsonObject device = JetstreamHttp.object(SIM.http().control("GET", "/_control/devices/Lobby-1", null));

        // Then
        assertThat(device.getString("name")).isEqualTo("Lobby-1");
        assertThat(device.getBoolean("online")).isFalse();
        assertThat(device.getJsonArray("storedCredentials")).isEqualTo(new JsonArray().add("0123456789"));
        assertThat(device.getJsonArray("deviceCredentials")).isEqualTo(new JsonArray().add("0A1B2C3D4E"));
        assertThat(device.getJsonArray("queuedCommandIds")).isEqualTo(new JsonArray().add(queued));
        assertThat(device.getString("lastSync")).matches(OnlineSyncTest.EVENT_TIME);
    }

    @Test
    void shouldSetDeviceListToSimulateDrift() {
        // Given
        SIM.sim().device("Lobby-1");

        // When
        SIM.http().control("PUT", "/_control/devices/Lobby-1", "{\"deviceCredentials\":[\"0A1B2C3D4E\"]}");

        // Then
        assertThat(SIM.sim().deviceAcl("Lobby-1")).containsExactly("0A1B2C3D4E");
        assertThat(SIM.sim().storedAcl("Lobby-1")).isEmpty();
    }

    @Test
    void shouldAnswer404ForUnknownDevice() {
        // When
        HttpResponse<String> response = SIM.http().control("GET", "/_control/devices/Lobby-1", null);

        // Then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldDeleteDevice() {
        // Given
        SIM.sim().device("Lobby-1");

        // When
        HttpResponse<String> response = SIM.http().control("DELETE", "/_control/devices/Lobby-1", null);

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(SIM.http().send("GET", basic("Lobby-1")).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldListPendingEvents() {
        // Given
        SIM.sim().device("Lobby-1");
        SIM.http().send("POST", sync("Lobby-1"));

        // When
        JsonObject events = JetstreamHttp.object(SIM.http().control("GET", "/_control/events", null));

        // Then
        assertThat(events.getInteger("Count")).isEqualTo(2);
    }

    @Test
    void shouldReportAdvancedClock() {
        // When
        JsonObject clock = JetstreamHttp.object(
                SIM.http().control("POST", "/_control/clock/advance", "{\"hours\":1,\"minutes\":30}"));

        // Then
        assertThat(clock.getLong("offsetSeconds")).isEqualTo(5400);
        assertThat(clock.getString("now")).matches(OnlineSyncTest.EVENT_TIME);
    }

    @Test
    void shouldResetEverything() {
        // Given
        SIM.sim().device("Lobby-1");
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.sim().faults().always().status(503);
        SIM.sim().clock().advance(Duration.ofHours(2));

        // When
        HttpResponse<String> response = SIM.http().control("POST", "/_control/reset", null);

        // Then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(SIM.sim().devices()).isEmpty();
        assertThat(SIM.sim().pendingEvents()).isEmpty();
        assertThat(SIM.sim().faults().rules()).isEmpty();
        assertThat(SIM.sim().requestCounts()).isEmpty();
        assertThat(SIM.sim().clock().offset()).isZero();
    }

    @Test
    void shouldRecreateConfiguredDevicesOnReset() {
        // Given
        try (JetstreamSimulator sim = JetstreamSimulator.start(0,
                new SimulatorSettings(SimulatorSettings.DEFAULT_ACCESS_KEY, "someone",
                        List.of("Lobby-1", "Garage 2")))) {
            sim.removeDevice("Lobby-1");

            // When
            sim.reset();

            // Then
            assertThat(sim.devices()).extracting(DeviceHandle::name).containsExactly("Garage 2", "Lobby-1");
        }
    }
}
