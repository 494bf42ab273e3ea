package io.credsync.simulator.jetstream;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.vertx.core.json.JsonObject;

import static io.credsync.simulator.jetstream.JetstreamHttp.basic;
import static io.credsync.simulator.jetstream.JetstreamHttp.sync;
import static org.assertj.core.api.Assertions.assertThat;

class RequestCounterTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @BeforeEach
    void createDevices() {
        SIM.sim().device("Lobby-1");
        SIM.sim().device("Garage-2");
    }

    @Test
    void shouldCountSyncsPerDevice() {
        // When
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.http().send("POST", sync("Garage-2"));

        // Then
        assertThat(SIM.sim().requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC, "Lobby-1")).isEqualTo(2);
        assertThat(SIM.sim().requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC, "Garage-2")).isEqualTo(1);
        assertThat(SIM.sim().requestCount("POST", JetstreamPaths.CREDENTIALS_SYNC)).isEqualTo(3);
        assertThat(SIM.sim().requestCount("GET", JetstreamPaths.CREDENTIALS_SYNC)).isZero();
    }

    @Test
    void shouldCountRejectedAndFaultedRequests() {
        // Given
        SIM.sim().faults().next(1).status(503);

        // When
        SIM.http().send("PUT", basic("Lobby-1"), "[]"); // 503
        SIM.http().sendWithKey("PUT", basic("Lobby-1"), "[]", null); // 401
        SIM.http().send("PUT", basic("Lobby-1"), "[\"1\"]"); // 400
        SIM.http().send("PUT", basic("Unknown-1"), "[]"); // 404

        // Then
        assertThat(SIM.sim().requestCount("PUT", JetstreamPaths.CREDENTIALS_BASIC, "Lobby-1")).isEqualTo(3);
        assertThat(SIM.sim().requestCount("put", JetstreamPaths.CREDENTIALS_BASIC)).isEqualTo(4);
    }

    @Test
    void shouldReportCountsThroughControlApi() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));
        SIM.http().send("GET", "/3/events/10");

        // When
        JsonObject counts = JetstreamHttp.object(SIM.http().control("GET", "/_control/requests", null));

        // Then
        assertThat(counts.getJsonObject("totals").getMap()).containsEntry(
                "POST /3/devices/{DeviceName}/credentials/sync", 1).containsEntry("GET /3/events/{limit}", 1);
        assertThat(counts.getJsonObject("byDevice").getJsonObject("POST /3/devices/{DeviceName}/credentials/sync")
                .getMap()).containsExactlyEntriesOf(Map.of("Lobby-1", 1));
    }

    @Test
    void shouldNotCountControlRequests() {
        // When
        SIM.http().control("GET", "/_control/devices", null);

        // Then
        assertThat(SIM.sim().requestCounts()).isEmpty();
    }

    @Test
    void shouldClearCountsThroughControlApi() {
        // Given
        SIM.http().send("POST", sync("Lobby-1"));

        // When
        SIM.http().control("DELETE", "/_control/requests", null);

        // Then
        assertThat(SIM.sim().requestCounts()).isEmpty();
    }
}
