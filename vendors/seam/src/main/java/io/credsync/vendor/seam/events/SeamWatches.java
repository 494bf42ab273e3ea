package io.credsync.vendor.seam.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The {@code seam_watch} table. A read-back holds the watch's row lock from the read to the settle, so that a
 * webhook, a poll and the sweep never report the same watch twice.
 */
class SeamWatches {

    private static final String COLUMNS = """
            acs_credential_id, connection_id, tenant, credential_id, target_id, version, command_id, awaiting,
            acs_user_id, acs_system_id, accepted_at, last_reported_code""";

    private final DataSource dataSource;

    SeamWatches(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts watching, unless the credential is already watched for this or a newer version. */
    public void record(SeamWatch watch) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("INSERT INTO seam_watch (" + COLUMNS + """
                        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (acs_credential_id) DO UPDATE SET
                          connection_id = EXCLUDED.connection_id, tenant = EXCLUDED.tenant,
                          credential_id = EXCLUDED.credential_id, target_id = EXCLUDED.target_id,
                          version = EXCLUDED.version, command_id = EXCLUDED.command_id,
                          awaiting = EXCLUDED.awaiting, acs_user_id = EXCLUDED.acs_user_id,
                          acs_system_id = EXCLUDED.acs_system_id, accepted_at = EXCLUDED.accepted_at,
                          last_reported_code = EXCLUDED.last_reported_code, last_read_at = NULL, settled_at = NULL
                        WHERE seam_watch.version < EXCLUDED.version
                        """)) {
            statement.setString(1, watch.acsCredentialId());
            statement.setString(2, watch.connectionId());
            statement.setString(3, watch.tenant());
            statement.setObject(4, watch.credentialId());
            statement.setString(5, watch.targetId());
            statement.setLong(6, watch.version());
            statement.setObject(7, watch.commandId());
            statement.setString(8, watch.awaiting().wire());
            statement.setString(9, watch.acsUserId());
            statement.setString(10, watch.acsSystemId());
            statement.setTimestamp(11, Timestamp.from(watch.acceptedAt()));
            statement.setString(12, watch.lastReportedCode());
            statement.executeUpdate();
        }
    }

    /** Stops watching every version up to {@code version} of a credential at a target (settled or replaced). */
    public void settleUpTo(String tenant, UUID credentialId, String targetId, long version) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        UPDATE seam_watch SET settled_at = now()
                        WHERE tenant = ? AND credential_id = ? AND target_id = ? AND version <= ?
                          AND settled_at IS NULL
                        """)) {
            statement.setString(1, tenant);
            statement.setObject(2, credentialId);
            statement.setString(3, targetId);
            statement.setLong(4, version);
            statement.executeUpdate();
        }
    }

    /** Whether the credential is watched at all (settled or not); empty when never. */
    public Optional<Boolean> isSettled(String acsCredentialId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(
                        "SELECT settled_at IS NOT NULL FROM seam_watch WHERE acs_credential_id = ?")) {
            statement.setString(1, acsCredentialId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty();
            }
        }
    }

    /** Unsettled watches quiet (since accepted or last read) for longer than {@code quiet}, oldest first. */
    public List<String> due(Duration quiet, int limit) throws SQLException {
        var due = new ArrayList<String>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT acs_credential_id FROM seam_watch
                        WHERE settled_at IS NULL AND COALESCE(last_read_at, accepted_at) < now() - ?::interval
                        ORDER BY COALESCE(last_read_at, accepted_at) LIMIT ?
                        """)) {
            statement.setString(1, quiet.toMillis() + " milliseconds");
            statement.setInt(2, limit);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getString(1));
                }
            }
        }
        return due;
    }

    /**
     * Locks an unsettled watch for a read-back, within {@code c}'s transaction. With {@code skipLocked}, a watch
     * another read-back holds is skipped (the sweep); otherwise this waits for it and sees what it settled.
     */
    Optional<SeamWatch> lockUnsettled(Connection c, String acsCredentialId, boolean skipLocked) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM seam_watch WHERE acs_credential_id = ? AND settled_at IS NULL"
                + " FOR UPDATE" + (skipLocked ? " SKIP LOCKED" : "");
        try (var statement = c.prepareStatement(sql)) {
            statement.setString(1, acsCredentialId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(watch(rows)) : Optional.empty();
            }
        }
    }

    void settle(Connection c, String acsCredentialId) throws SQLException {
        try (var statement = c.prepareStatement(
                "UPDATE seam_watch SET settled_at = now(), last_read_at = now() WHERE acs_credential_id = ?")) {
            statement.setString(1, acsCredentialId);
            statement.executeUpdate();
        }
    }

    void noteRead(Connection c, String acsCredentialId, String lastReportedCode) throws SQLException {
        try (var statement = c.prepareStatement("""
                UPDATE seam_watch SET last_read_at = now(), last_reported_code = ? WHERE acs_credential_id = ?
                """)) {
            statement.setString(1, lastReportedCode);
            statement.setString(2, acsCredentialId);
            statement.executeUpdate();
        }
    }

    private static SeamWatch watch(ResultSet rows) throws SQLException {
        return new SeamWatch(rows.getString(1), rows.getString(2), rows.getString(3), rows.getObject(4, UUID.class),
                rows.getString(5), rows.getLong(6), rows.getObject(7, UUID.class),
                SeamWatch.Awaiting.valueOf(rows.getString(8).toUpperCase(java.util.Locale.ROOT)), rows.getString(9),
                rows.getString(10), rows.getTimestamp(11).toInstant(), rows.getString(12));
    }
}
