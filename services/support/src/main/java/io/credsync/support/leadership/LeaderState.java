package io.credsync.support.leadership;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/** The leading flag of one claim, its transitions logged once each (which replica leads which lock). */
final class LeaderState {

    private static final Logger LOG = Logger.getLogger(LeaderState.class);

    private final String lockName;
    private final String self;
    private boolean leading;
    private String leader;

    LeaderState(String lockName, String self) {
        this.lockName = lockName;
        this.self = self;
    }

    synchronized void lead() {
        if (!leading) {
            LOG.infof("Leadership: %s now leads %s", self, lockName);
        }
        leading = true;
        leader = self;
        notifyAll();
    }

    /** This replica does not lead; {@code other} does, if known (else the last leader seen stays). */
    synchronized void follow(String other, String why) {
        if (leading) {
            LOG.infof("Leadership: %s no longer leads %s (%s)", self, lockName, why);
        } else if (other != null && !other.equals(self) && !Objects.equals(other, leader)) {
            LOG.infof("Leadership: %s is led by %s", lockName, other);
        }
        if (other != null) {
            leader = other.equals(self) ? null : other;
        } else if (leading) {
            leader = null; // it was this replica; who follows is not known yet
        }
        leading = false;
    }

    String lockName() {
        return lockName;
    }

    synchronized boolean leads() {
        return leading;
    }

    synchronized Optional<String> leader() {
        return Optional.ofNullable(leader);
    }

    synchronized boolean awaitLeading(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!leading) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
