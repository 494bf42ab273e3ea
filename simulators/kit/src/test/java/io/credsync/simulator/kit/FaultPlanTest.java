package io.credsync.simulator.kit;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.credsync.simulator.kit.fault.FaultAction;
import io.credsync.simulator.kit.fault.FaultPlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultPlanTest {

    private static final String SYNC = "/3/devices/{DeviceName}/credentials/sync";

    private final FaultPlan faults = new FaultPlan();

    @Test
    void shouldMatchByMethodTemplateAndAccount() {
        // Given
        faults.matching("POST", SYNC).forAccount("Lobby-1").status(503);

        // When
        Optional<FaultAction> otherMethod = faults.take(request("GET", "Lobby-1"));
        Optional<FaultAction> otherAccount = faults.take(request("POST", "Garage-2"));
        Optional<FaultAction> matching = faults.take(request("post", "Lobby-1"));

        // Then
        assertThat(otherMethod).isEmpty();
        assertThat(otherAccount).isEmpty();
        assertThat(matching).contains(new FaultAction.Status(503));
    }

    @Test
    void shouldMatchTheConcretePathToo() {
        // Given
        faults.matching(null, "/3/devices/Lobby-1/credentials/sync").dropConnection();

        // When
        Optional<FaultAction> action = faults.take(request("POST", "Lobby-1"));

        // Then
        assertThat(action).contains(new FaultAction.DropConnection());
    }

    @Test
    void shouldApplyToTheNextRequestsOnlyThenForgetTheRule() {
        // Given
        faults.next(2).timeoutAfterWrite();

        // When
        long hit = IntStream.range(0, 5).filter(i -> faults.take(request("POST", "Lobby-1")).isPresent()).count();

        // Then
        assertThat(hit).isEqualTo(2);
        assertThat(faults.rules()).isEmpty();
    }

    @Test
    void shouldUseTheFirstMatchingRuleOnly() {
        // Given
        faults.next(1).rateLimit(Duration.ofSeconds(3));
        faults.next(1).delay(Duration.ofMillis(10));

        // When
        Optional<FaultAction> first = faults.take(request("POST", "Lobby-1"));
        Optional<FaultAction> second = faults.take(request("POST", "Lobby-1"));

        // Then
        assertThat(first).contains(new FaultAction.RateLimit(Duration.ofSeconds(3)));
        assertThat(second).contains(new FaultAction.Delay(Duration.ofMillis(10)));
    }

    @Test
    void shouldHitWithTheSameSeededProbabilityEveryRun() {
        // Given
        FaultPlan again = new FaultPlan();
        faults.always().withProbability(0.3, 42).status(500);
        again.always().withProbability(0.3, 42).status(500);

        // When
        String hits = hits(faults);

        // Then
        assertThat(hits).isEqualTo(hits(again));
        assertThat(hits.chars().filter(c -> c == 'x').count()).isBetween(10L, 50L);
    }

    @Test
    void shouldRemoveOneRuleById() {
        // Given
        String id = faults.always().status(500).id();
        faults.always().status(502);

        // When
        boolean removed = faults.remove(id);

        // Then
        assertThat(removed).isTrue();
        assertThat(faults.take(request("GET", null))).contains(new FaultAction.Status(502));
    }

    @Test
    void shouldRefuseAStatusThatIsNotAnError() {
        // When / Then
        assertThatThrownBy(() -> faults.always().status(200)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hits(FaultPlan plan) {
        StringBuilder hits = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            hits.append(plan.take(request("GET", null)).isPresent() ? 'x' : '.');
        }
        return hits.toString();
    }

    private static VendorRequest request(String method, String account) {
        return new VendorRequest(method.toUpperCase(), SYNC, "/3/devices/" + account + "/credentials/sync", account);
    }
}
