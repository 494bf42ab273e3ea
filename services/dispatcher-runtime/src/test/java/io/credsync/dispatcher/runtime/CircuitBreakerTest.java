package io.credsync.dispatcher.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.dispatcher.fake.FakeCommands;
import io.credsync.dispatcher.fake.FakeVendor;
import io.credsync.dispatcher.fake.FakeVendor.Step;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.vendor.spi.VendorFailure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static io.credsync.dispatcher.fake.FakeCommands.present;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-target circuit breaker, with a threshold of 3 and circuits open for 20 s. */
@QuarkusTest
@WithCredsyncInfra(databasePrefix = "dispatcher")
@TestProfile(CircuitBreakerTest.LowThreshold.class)
class CircuitBreakerTest {

    private static final DispatchTestkit KIT = DispatchTestkit.of(FakeCommands.FAKE);

    public static class LowThreshold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credsync.dispatch.breaker-threshold", "3", "credsync.dispatch.breaker-open-for", "PT20S");
        }
    }

    private String tenant;

    @BeforeEach
    void givenAFreshTenant() {
        tenant = DispatchTestkit.newTenant();
    }

    @Test
    void shouldOpenTheCircuitAfterThreeFailuresWithoutHoldingUpOtherTargets() {
        // Given a target that keeps failing, and a healthy one on the same connection
        var sick = present(tenant, UUID.randomUUID(), "sick", 1);
        var down = VendorFailure.transientFailure("http_503", "down");
        FakeVendor.target(sick).then(Step.fail(down), Step.fail(down), Step.fail(down), Step.fail(down));
        var healthy = present(tenant, UUID.randomUUID(), "healthy", 1);
        // When
        KIT.send(sick, healthy);
        // Then after three failed calls the circuit is open for 20 s, and the healthy target is served meanwhile
        var open = KIT.outcomes(tenant).until(found -> found.stream().anyMatch(o -> "circuit_open".equals(o
                .errorCode()))).stream().filter(o -> "circuit_open".equals(o.errorCode())).findFirst().orElseThrow();
        assertThat(open.commandId()).isEqualTo(sick.commandId());
        assertThat(open.phase()).isEqualTo(SyncPhase.RETRYING);
        assertThat(Duration.between(open.occurredAt(), open.nextAttemptAt())).isGreaterThan(Duration.ofSeconds(15));
        KIT.outcomes(tenant).awaitPhase(healthy, SyncPhase.APPLIED);
        assertThat(FakeVendor.target(sick).calls()).hasSize(3);
    }

    @Test
    void shouldNotCountAnUnknownConnectionAgainstTheTargetsCircuit() {
        // Given a command retried more often than the threshold because its connection is not defined yet
        var command = present(tenant, UUID.randomUUID(), "door", 1);
        KIT.sendOnly(command);
        // (connections_loading while no connection was ever published: the follower has not read the topic's end)
        KIT.outcomes(tenant).until(found -> found.stream().filter(o -> "unknown_connection".equals(o.errorCode())
                || "connections_loading".equals(o.errorCode())).count() >= 4);
        // When the registry defines it
        FakeCommands.FAKE.defineFor(tenant);
        // Then the target is served at once, not after the circuit's 20 s: no vendor call had failed
        var outcomes = KIT.withTimeout(Duration.ofSeconds(8)).outcomes(tenant).ofCommandThrough(command,
                SyncPhase.APPLIED);
        assertThat(outcomes).extracting(SyncOutcome::errorCode).doesNotContain("circuit_open");
    }
}
