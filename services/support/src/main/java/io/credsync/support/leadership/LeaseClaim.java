package io.credsync.support.leadership;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;

/**
 * One Lease contended by fabric8's {@code LeaderElector}. An elector ends when its leader fails to renew within the
 * renew deadline (it then stops leading before the lease can expire for the others); this claim starts a new one
 * after a retry period, so a replica that lost leadership contends again.
 */
final class LeaseClaim extends ClaimWithState {

    private static final Logger LOG = Logger.getLogger(LeaseClaim.class);

    private final KubernetesClient client;
    private final String namespace;
    private final String lockName;
    private final String identity;
    private final LeadershipTiming timing;
    private final boolean releaseOnClose;
    private CompletableFuture<?> elector;
    private boolean closed;

    LeaseClaim(KubernetesClient client, String namespace, String lockName, String identity, LeadershipTiming timing,
            boolean releaseOnClose) {
        super(lockName, identity);
        this.releaseOnClose = releaseOnClose;
        this.client = client;
        this.namespace = namespace;
        this.lockName = lockName;
        this.identity = identity;
        this.timing = timing;
    }

    synchronized void start() {
        if (closed) {
            return;
        }
        var config = new LeaderElectionConfigBuilder()
                .withName(lockName)
                .withLock(new LeaseLock(namespace, lockName, identity))
                .withLeaseDuration(timing.leaseDuration())
                .withRenewDeadline(timing.renewDeadline())
                .withRetryPeriod(timing.retryPeriod())
                .withLeaderCallbacks(new LeaderCallbacks(state::lead, this::stopped, this::observed))
                .withReleaseOnCancel(releaseOnClose)
                .build();
        var started = client.leaderElector().withConfig(config).build().start();
        elector = started;
        started.whenComplete((ignored, failure) -> restart(failure));
    }

    private void restart(Throwable failure) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        state.follow(null, failure == null ? "lease not renewed in time" : failure.getClass().getSimpleName());
        LOG.debugf("Leadership: contending for the Lease %s/%s again", namespace, lockName);
        CompletableFuture.runAsync(this::start,
                CompletableFuture.delayedExecutor(timing.retryPeriod().toMillis(), TimeUnit.MILLISECONDS));
    }

    private void stopped() {
        state.follow(null, "lease lost");
    }

    private void observed(String leader) {
        if (leader == null || leader.isEmpty()) {
            state.follow(null, "lease released");
        } else if (!identity.equals(leader)) {
            state.follow(leader, "led by " + leader);
        }
    }

    @Override
    public void close() {
        CompletableFuture<?> current;
        synchronized (this) {
            closed = true;
            current = elector;
        }
        if (current != null) {
            current.cancel(true); // with releaseOnCancel the Lease is handed back at once
        }
        state.follow(null, "stopped");
    }
}
