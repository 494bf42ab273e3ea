package io.credsync.simulator.seam.workspace;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The access systems' side: a write accepted by the API reaches the access system after {@link #delay()}, unless
 * the system is failing, in which case it is refused there.
 */
public final class ProviderSync {

    private static final System.Logger LOG = System.getLogger(ProviderSync.class.getName());

    private final ScheduledExecutorService scheduler;
    private final Set<String> failingSystems = ConcurrentHashMap.newKeySet();
    private volatile Duration delay;

    public ProviderSync(ScheduledExecutorService scheduler, Duration delay) {
        this.scheduler = scheduler;
        this.delay = Objects.requireNonNull(delay);
    }

    public Duration delay() {
        return delay;
    }

    public void delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("sync delay must not be negative: " + delay);
        }
        this.delay = delay;
    }

    public void fail(String acsSystemId) {
        failingSystems.add(acsSystemId);
    }

    public void recover(String acsSystemId) {
        failingSystems.remove(acsSystemId);
    }

    public boolean isFailing(String acsSystemId) {
        return failingSystems.contains(acsSystemId);
    }

    public Set<String> failingSystems() {
        return Set.copyOf(failingSystems);
    }

    public void reset(Duration delay) {
        failingSystems.clear();
        delay(delay);
    }

    void later(Runnable completion) {
        try {
            scheduler.schedule(() -> {
                try {
                    completion.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "provider sync step failed", e);
                }
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "simulator closed, provider sync step dropped");
        }
    }
}
