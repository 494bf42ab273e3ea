package io.credsync.support.leadership;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One lock as a session advisory lock ({@code pg_try_advisory_lock}) on a connection of its own, tried every retry
 * period. While held, the connection is checked every period: when it fails the lock is presumed lost (the server
 * drops a dead session's locks) and tried again on a new connection. The holder is told apart by the connection's
 * {@code application_name}, {@code credsync <instance id>}. The session's {@code idle_session_timeout} is the lease
 * duration, so a holder that stops talking loses the lock within it even when its connection is never closed.
 */
final class AdvisoryLockClaim extends ClaimWithState {

    static final String APPLICATION_PREFIX = "credsync ";

    private static final String HOLDER = """
            select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted and l.objsubid = 1
              and l.database = (select oid from pg_database where datname = current_database())
              and l.classid::bigint = ? and l.objid::bigint = ?""";

    private final ConnectionOpener connections;
    private final String lockName;
    private final String identity;
    private final Duration retryPeriod;
    private final Duration leaseDuration;
    private final long key;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Connection connection; // only the claim's thread touches it

    AdvisoryLockClaim(ConnectionOpener connections, String lockName, String identity, LeadershipTiming timing) {
        super(lockName, identity);
        this.connections = connections;
        this.lockName = lockName;
        this.identity = identity;
        this.retryPeriod = timing.retryPeriod();
        this.leaseDuration = timing.leaseDuration();
        this.key = keyOf(lockName);
    }

    /** A positive 63-bit key from the name's SHA-256, so that pg_locks' classid/objid pair reads it back simply. */
    static long keyOf(String lockName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(lockName.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void start() {
        var thread = new Thread(this::contend, "leadership-" + lockName);
        thread.setDaemon(true);
        thread.start();
    }

    private void contend() {
        try {
            do {
                try {
                    round();
                } catch (SQLException | RuntimeException e) {
                    state.follow(null, "database connection failed: " + e.getClass().getSimpleName());
                    closeConnection();
                }
            } while (!closed.await(retryPeriod.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            state.follow(null, "stopped");
            closeConnection(); // the session ends: the lock is released
        }
    }

    private void round() throws SQLException {
        if (closed.getCount() == 0) {
            return;
        }
        if (connection == null) {
            connection = connections.open();
            limitIdleSession(connection, leaseDuration);
        }
        if (state.leads()) {
            if (!connection.isValid(Math.max(1, (int) retryPeriod.toSeconds()))) {
                throw new SQLException("the lock's connection is no longer valid");
            }
        } else if (tryLock()) {
            state.lead();
        } else {
            state.follow(holder().orElse(null), "held elsewhere");
        }
    }

    /**
     * A holder talks every retry period; one that falls silent without closing its connection (a frozen process, a
     * host gone without a FIN) has its session, and so its lock, ended by the server after the lease duration.
     */
    static void limitIdleSession(Connection connection, Duration leaseDuration) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set idle_session_timeout = " + leaseDuration.toMillis()); // PostgreSQL 14+
        }
    }

    private boolean tryLock() throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private Optional<String> holder() throws SQLException {
        try (var statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (var result = statement.executeQuery()) {
                if (!result.next() || result.getString(1) == null) {
                    return Optional.empty();
                }
                String name = result.getString(1);
                return Optional.of(name.startsWith(APPLICATION_PREFIX)
                        ? name.substring(APPLICATION_PREFIX.length())
                        : name);
            }
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the session is gone either way
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        state.follow(null, "stopped"); // at once; the thread ends the session within a retry period
    }
}
