package io.credsync.dispatcher.control;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlTest {

    @Test
    void shouldOpenTheCircuitAfterTheThresholdAndCloseItOnSuccess() {
        var breaker = new TargetCircuitBreaker(3, Duration.ofMinutes(1));
        breaker.failure("t");
        breaker.failure("t");
        assertThat(breaker.permit("t")).isZero();
        breaker.failure("t");
        assertThat(breaker.state("t")).isEqualTo(TargetCircuitBreaker.State.OPEN);
        assertThat(breaker.permit("t")).isPositive();
        assertThat(breaker.openCount()).isEqualTo(1);
        breaker.success("t");
        assertThat(breaker.state("t")).isEqualTo(TargetCircuitBreaker.State.CLOSED);
        assertThat(breaker.openCount()).isZero();
    }

    @Test
    void shouldHalfOpenOnceTheOpenPeriodPassed() {
        var breaker = new TargetCircuitBreaker(1, Duration.ZERO);
        breaker.failure("t");
        assertThat(breaker.state("t")).isEqualTo(TargetCircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.permit("t")).isZero();
    }

    @Test
    void shouldLetABurstUpToTheRateThroughThenAskToWait() {
        var limiter = new ConnectionRateLimiter();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire("c", 5)).isZero();
        }
        assertThat(limiter.acquire("c", 5)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(200));
        assertThat(limiter.acquire("other", 5)).as("connections are independent").isZero();
    }

    @Test
    void shouldPauseAConnectionForRetryAfter() {
        var limiter = new ConnectionRateLimiter();
        limiter.pause("c", Duration.ofSeconds(30));
        assertThat(limiter.acquire("c", 100)).isGreaterThan(Duration.ofSeconds(29));
    }

    @Test
    void shouldBackOffExponentiallyWithJitterUnderTheCap() {
        var policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(2));
        for (int i = 0; i < 50; i++) {
            assertThat(policy.delay(1, null)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(policy.delay(3, null)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(policy.delay(30, null)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void shouldWaitAtLeastWhatTheVendorAskedFor() {
        var policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(2));
        assertThat(policy.delay(1, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
    }
}
