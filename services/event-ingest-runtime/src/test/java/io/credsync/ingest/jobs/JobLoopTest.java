package io.credsync.ingest.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.credsync.support.health.Heartbeats;
import io.credsync.support.leadership.LeadershipClaim;
import io.credsync.vendor.spi.events.PeriodicJob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JobLoopTest {

    /** A claim the test grants and takes away. */
    static final class GrantedClaim implements LeadershipClaim {
        private boolean leading;
        private boolean closed;

        synchronized void grant() {
            leading = true;
            notifyAll();
        }

        synchronized void revoke() {
            leading = false;
        }

        synchronized boolean closed() {
            return closed;
        }

        @Override
        public String lockName() {
            return "credsync-event-ingest-test-job";
        }

        @Override
        public synchronized boolean leads() {
            return leading;
        }

        @Override
        public Optional<String> leader() {
            return Optional.empty();
        }

        @Override
        public synchronized boolean awaitLeading(Duration timeout) throws InterruptedException {
            if (!leading) {
                wait(timeout.toMillis());
            }
            return leading;
        }

        @Override
        public synchronized void close() {
            closed = true;
        }
    }

    private final AtomicInteger rounds = new AtomicInteger();
    private final GrantedClaim claim = new GrantedClaim();
    private final Heartbeats heartbeats = new Heartbeats();
    private Thread thread;
    private JobLoop loop;

    @AfterEach
    void stop() throws InterruptedException {
        loop.stop();
        thread.interrupt();
        thread.join(5_000);
    }

    /** A job that always says more is waiting, so a leader runs round after round. */
    private void start() {
        var job = new PeriodicJob("test-job", Duration.ofMillis(50), () -> {
            rounds.incrementAndGet();
            Thread.sleep(5);
            return true;
        });
        loop = new JobLoop(job, claim, heartbeats.register("test-job", Duration.ofSeconds(10)), timeout -> true);
        thread = new Thread(loop, "test-job");
        thread.start();
    }

    @Test
    void shouldNotRunAJobWhileNotLeading() {
        // When
        start();
        // Then
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(2)).until(() -> rounds.get() == 0);
        assertThat(heartbeats.all().get(0).overdue()).isZero();
    }

    @Test
    void shouldRunAJobOnceLeading() {
        // Given
        start();
        // When
        claim.grant();
        // Then
        await().atMost(Duration.ofSeconds(2)).until(() -> rounds.get() > 3);
    }

    @Test
    void shouldStopRunningRoundsOnceLeadershipIsLost() {
        // Given
        start();
        claim.grant();
        await().atMost(Duration.ofSeconds(2)).until(() -> rounds.get() > 3);
        // When
        claim.revoke();
        int atLoss = rounds.get();
        // Then at most the round in progress completes
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> rounds.get() <= atLoss + 1);
    }

    @Test
    void shouldGiveUpItsClaimWhenStopped() throws InterruptedException {
        // Given
        start();
        claim.grant();
        // When
        loop.stop();
        thread.interrupt();
        thread.join(5_000);
        // Then
        assertThat(claim.closed()).isTrue();
    }
}
