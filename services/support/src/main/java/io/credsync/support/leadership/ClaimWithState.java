package io.credsync.support.leadership;

import java.time.Duration;
import java.util.Optional;

/** What every claim answers from its {@link LeaderState}; subclasses only contend (Lease, advisory lock) and close. */
abstract class ClaimWithState implements LeadershipClaim {

    protected final LeaderState state;

    ClaimWithState(String lockName, String identity) {
        this.state = new LeaderState(lockName, identity);
    }

    @Override
    public String lockName() {
        return state.lockName();
    }

    @Override
    public boolean leads() {
        return state.leads();
    }

    @Override
    public Optional<String> leader() {
        return state.leader();
    }

    @Override
    public boolean awaitLeading(Duration timeout) throws InterruptedException {
        return state.awaitLeading(timeout);
    }
}
