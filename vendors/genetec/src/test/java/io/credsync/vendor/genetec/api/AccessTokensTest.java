package io.credsync.vendor.genetec.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.SecretValue;
import io.credsync.simulator.genetec.GenetecPaths;
import io.credsync.simulator.genetec.GenetecSimulator;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The token cache against the simulated STS: one token while it is fresh, a new one before it expires. */
class AccessTokensTest {

    private static GenetecSimulator sim;
    private static final VendorHttp HTTP = new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), true);

    @BeforeAll
    static void start() {
        sim = GenetecSimulator.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void shouldKeepTheTokenWhileFreshAndRenewItBeforeItExpires() throws Exception {
        // Given a token that lives an hour (the simulator's default)
        var clock = new MovableClock(Instant.now());
        var tokens = new AccessTokens(HTTP, clock);
        var connection = connection(sim.connectionFile());
        int issued = sim.tokensIssued();
        SecretValue first = tokens.current(connection);
        // When
        clock.now = clock.now.plus(Duration.ofMinutes(58));
        SecretValue fresh = tokens.current(connection);
        clock.now = clock.now.plus(Duration.ofMinutes(1)).plusSeconds(1);
        SecretValue renewed = tokens.current(connection);
        // Then the token is reused until a minute before its hour, then renewed ahead of expiry
        assertThat(fresh).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(sim.tokensIssued()).isEqualTo(issued + 2);
    }

    @Test
    void shouldFailWithTheStsWordsAndWithoutTheKeyWhenTheAssertionIsRefused() {
        // Given a connection file whose key is not the principal's
        var connection = connection(GenetecSimulator.foreignConnectionFile(sim.tenantId(),
                sim.baseUrl() + GenetecPaths.TOKEN));
        // When
        var failure = catchThrowableOfType(VendorFailure.class,
                () -> new AccessTokens(HTTP, Clock.systemUTC()).current(connection));
        // Then
        assertThat(failure.kind()).isEqualTo(VendorFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo("genetec.sts.invalid_grant");
        assertThat(failure.getMessage()).contains("signature").doesNotContain("PRIVATE KEY", "eyJ");
    }

    @Test
    void shouldRefuseAConnectionFileWithoutAKeyWithoutQuotingIt() {
        // When
        var failure = catchThrowableOfType(VendorFailure.class, () -> new AccessTokens(HTTP, Clock.systemUTC())
                .current(connection("{\"ServicePrincipalId\":\"p\",\"TenantId\":\"t-secret-tenant\"}")));
        // Then
        assertThat(failure.code()).isEqualTo("genetec.connection_file_invalid");
        assertThat(failure.getMessage()).doesNotContain("t-secret-tenant");
    }

    private static VendorConnection connection(String file) {
        return new VendorConnection("tenant-a", "genetec", Vendor.GENETEC, URI.create(sim.baseUrl()),
                SecretValue.of(file), 10, Map.of());
    }

    /** A clock the test moves: the cache's notion of "now". */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
