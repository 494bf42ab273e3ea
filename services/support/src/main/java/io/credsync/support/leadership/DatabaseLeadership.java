package io.credsync.support.leadership;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Leadership by PostgreSQL session advisory locks, outside Kubernetes: one dedicated connection per lock, so a
 * process that dies (or whose connection drops) lets the lock go with its session.
 */
public final class DatabaseLeadership implements Leadership {

    private final ConnectionOpener connections;
    private final String identity;
    private final LeadershipTiming timing;
    private final List<AdvisoryLockClaim> claims = new CopyOnWriteArrayList<>();

    public DatabaseLeadership(ConnectionOpener connections, String identity, LeadershipTiming timing) {
        this.connections = connections;
        this.identity = identity;
        this.timing = timing;
    }

    @Override
    public LeadershipClaim claim(String lockName) {
        var claim = new AdvisoryLockClaim(connections, lockName, identity, timing);
        claims.add(claim);
        claim.start();
        return claim;
    }

    @Override
    public String kind() {
        return "database";
    }

    @Override
    public void close() {
        claims.forEach(AdvisoryLockClaim::close);
    }
}
