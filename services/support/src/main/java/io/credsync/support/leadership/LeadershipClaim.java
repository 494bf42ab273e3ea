package io.credsync.support.leadership;

import java.time.Duration;
import java.util.Optional;

/** One replica's claim on one lock: whether it leads now, and who does when it does not (when known). */
public interface LeadershipClaim extends AutoCloseable {

    String lockName();

    boolean leads();

    /** The replica that leads, as last seen: this one's id while it leads; empty when unknown or nobody. */
    Optional<String> leader();

    /** Waits up to {@code timeout} for this replica to lead; true if it does. */
    boolean awaitLeading(Duration timeout) throws InterruptedException;

    /** Stops contending; a held lock is released. */
    @Override
    void close();
}
