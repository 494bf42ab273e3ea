package io.credsync.vendor.intserv.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The targets whose propagation is followed, in {@code ingest_intserv}: one row per target, holding its newest
 * accepted version. Plain JDBC on the consumer's and the poller's threads.
 */
class InFlightKeys {

    private final DataSource dataSource;

    InFlightKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Follows this version unless a newer one of the target is followed already (idempotent: Kafka redelivers). */
    void follow(InFlightKey key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO intserv_in_flight (tenant, credential_id, target_id, version, command_id,
                                                       connection_id, key_id, system_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant, credential_id, target_id) DO UPDATE SET
                          version = EXCLUDED.version, command_id = EXCLUDED.command_id,
                          connection_id = EXCLUDED.connection_id, key_id = EXCLUDED.key_id,
                          system_id = EXCLUDED.system_id, accepted_at = now(), polled_at = NULL
                        WHERE intserv_in_flight.version < EXCLUDED.version
                        """)) {
            statement.setString(1, key.tenant());
            statement.setObject(2, key.credentialId());
            statement.setString(3, key.targetId());
            statement.setLong(4, key.version());
            statement.setObject(5, key.commandId());
            statement.setString(6, key.connectionId());
            statement.setString(7, key.keyId());
            statement.setString(8, key.systemId());
            statement.executeUpdate();
        }
    }

    /** Stops following the target's versions below {@code version} (a newer version took over, or settled). */
    void forgetBelow(String tenant, UUID credentialId, String targetId, long version) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        DELETE FROM intserv_in_flight
                        WHERE tenant = ? AND credential_id = ? AND target_id = ? AND version < ?
                        """)) {
            statement.setString(1, tenant);
            statement.setObject(2, credentialId);
            statement.setString(3, targetId);
            statement.setLong(4, version);
            statement.executeUpdate();
        }
    }

    /** The {@code limit} targets polled least recently (never polled first). */
    List<InFlightKey> due(int limit) throws SQLException {
        var found = new ArrayList<InFlightKey>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT tenant, credential_id, target_id, version, command_id, connection_id, key_id, system_id
                        FROM intserv_in_flight ORDER BY polled_at NULLS FIRST, accepted_at LIMIT ?
                        """)) {
            statement.setInt(1, limit);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new InFlightKey(rows.getString(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getLong(4), rows.getObject(5, UUID.class), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
        }
        return found;
    }

    void polled(List<InFlightKey> keys) throws SQLException {
        each(keys, "UPDATE intserv_in_flight SET polled_at = now() "
                + "WHERE tenant = ? AND credential_id = ? AND target_id = ? AND version = ?");
    }

    /** Forgets settled targets, unless a newer version arrived meanwhile. */
    void settled(List<InFlightKey> keys) throws SQLException {
        each(keys, "DELETE FROM intserv_in_flight "
                + "WHERE tenant = ? AND credential_id = ? AND target_id = ? AND version = ?");
    }

    private void each(List<InFlightKey> keys, String sql) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(sql)) {
            for (InFlightKey key : keys) {
                statement.setString(1, key.tenant());
                statement.setObject(2, key.credentialId());
                statement.setString(3, key.targetId());
                statement.setLong(4, key.version());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
