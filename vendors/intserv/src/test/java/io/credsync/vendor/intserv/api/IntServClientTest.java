package io.credsync.vendor.intserv.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.SecretValue;
import io.credsync.simulator.intserv.IntServPaths;
import io.credsync.simulator.intserv.IntServSimulator;
import io.credsync.simulator.kit.junit.SimulatorExtension;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the simulator: HTTPS required outside a simulator runtime, IntServ's refusals read. */
class IntServClientTest {

    @RegisterExtension
    static final SimulatorExtension<IntServSimulator> SIM = new SimulatorExtension<>(IntServSimulator::start);

    private static final VendorHttp SIMULATOR_RUNTIME = new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5),
            true);

    @Test
    void shouldRefuseAPlainHttpIntServOutsideASimulatorRuntimeAndSendNothing() {
        var production = new IntServClient(new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), false),
                connection(SIM.simulator().apiKey()));

        assertThatThrownBy(production::accessLevels).isInstanceOfSatisfying(VendorFailure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.PERMANENT);
            assertThat(failure.code()).isEqualTo("https_required");
        });
        assertThat(SIM.simulator().requestCount(IntServPaths.LEVELS_LIST)).isZero();
    }

    @Test
    void shouldReadARefusalAsIntServsCodeAndMessageWithoutTheValue() {
        String level = SIM.simulator().system("main");
        var client = new IntServClient(SIMULATOR_RUNTIME, connection(SIM.simulator().apiKey()));
        var write = AccessKeyWrite.bySpec(new AccessKeyWrite.Key("MC:4294967296", "proximity"),
                new AccessKeyWrite.KeyFields(null, null, null, List.of(level)), null);

        assertThatThrownBy(() -> client.add(write)).isInstanceOfSatisfying(VendorFailure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.PERMANENT);
            assertThat(failure.httpStatus()).isEqualTo(400);
            assertThat(failure.code()).isEqualTo("intserv.InvalidKeyIdentification");
            assertThat(failure.vendorMessage()).doesNotContain("4294967296");
        });
        assertThat(write.toString()).doesNotContain("4294967296");
    }

    @Test
    void shouldSendTheIntegrationApiKeyAsABearerToken() throws Exception {
        String level = SIM.simulator().system("main");
        var wrongKey = new IntServClient(SIMULATOR_RUNTIME, connection("not-the-key"));

        assertThat(new IntServClient(SIMULATOR_RUNTIME, connection(SIM.simulator().apiKey())).accessLevels())
                .extracting(AccessLevel::id).contains(level);
        assertThatThrownBy(wrongKey::accessLevels).isInstanceOfSatisfying(VendorFailure.class, failure -> {
            assertThat(failure.httpStatus()).isEqualTo(401);
            assertThat(failure.code()).isEqualTo("intserv.Unauthorized");
        });
    }

    private static VendorConnection connection(String key) {
        return new VendorConnection("acme", "intserv", Vendor.INTSERV, URI.create(SIM.simulator().baseUrl()),
                SecretValue.of(key), 10, Map.of());
    }
}
