package io.credsync.bench.run;

/**
 * When one change reached each stage on one target (epoch ms; 0 = not seen): the registry accepted it (status
 * {@code pending} for the version), the outbox relay published its command, the dispatcher reported the vendor's
 * first answer, the final {@code applied} outcome was published, and the status said {@code synced}.
 */
public final class StageTimes {

    volatile long accepted;
    volatile long commandPublished;
    volatile long vendorAnswered;
    volatile long finalOutcome;
    volatile long synced;

    static long first(long current, long candidate) {
        return current == 0 || candidate < current ? candidate : current;
    }
}
