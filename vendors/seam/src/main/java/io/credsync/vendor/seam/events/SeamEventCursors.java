package io.credsync.vendor.seam.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/** Per connection, the {@code occurred_at} of the newest event the poller handled: where the next poll starts. */
class SeamEventCursors {

    private final DataSource dataSource;

    SeamEventCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Instant> lastSeen(String connectionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(
                        "SELECT last_occurred_at FROM seam_event_cursor WHERE connection_id = ?")) {
            statement.setString(1, connectionId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }

    public void save(String connectionId, Instant lastOccurredAt) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO seam_event_cursor (connection_id, last_occurred_at) VALUES (?, ?)
                        ON CONFLICT (connection_id) DO UPDATE SET last_occurred_at =
                          GREATEST(seam_event_cursor.last_occurred_at, EXCLUDED.last_occurred_at)
                        """)) {
            statement.setString(1, connectionId);
            statement.setTimestamp(2, Timestamp.from(lastOccurredAt));
            statement.executeUpdate();
        }
    }
}
