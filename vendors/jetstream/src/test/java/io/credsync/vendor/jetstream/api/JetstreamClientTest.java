package io.credsync.vendor.jetstream.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.SecretValue;
import io.credsync.simulator.jetstream.JetstreamPaths;
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.simulator.kit.junit.SimulatorExtension;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15: Jetstream requires HTTPS, and a plain http:// base URL used to be accepted silently. */
class JetstreamClientTest {

    @RegisterExtension
    static final SimulatorExtension<JetstreamSimulator> SIM = new SimulatorExtension<>(
            JetstreamSimulator::start);

    @Test
    void shouldRefuseAPlainHttpJetstreamOutsideASimulatorRuntimeAndSendNothing() {
        var production = new JetstreamClient(new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), false));

        assertThatThrownBy(() -> production.sync(connection(), "Lobby-1"))
                .isInstanceOfSatisfying(VendorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.PERMANENT);
                    assertThat(failure.code()).isEqualTo("https_required");
                });
        assertThat(SIM.simulator().requestCounts()).isEmpty();
    }

    @Test
    void shouldCallTheSimulatorWhenTheRuntimeAllowsPlainHttp() throws Exception {
        SIM.simulator().device("Lobby-1").online(true);
        var simulatorRuntime = new JetstreamClient(new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), true));

        assertThat(simulatorRuntime.storedList(connection(), "Lobby-1")).isEmpty();
        assertThat(SIM.simulator().requestCount("GET", JetstreamPaths.CREDENTIALS_BASIC)).isEqualTo(1);
    }

    private static VendorConnection connection() {
        return new VendorConnection("acme", "js", Vendor.JETSTREAM, URI.create(SIM.simulator().baseUrl()),
                SecretValue.of(SIM.simulator().accessKey()), 10, Map.of());
    }
}
