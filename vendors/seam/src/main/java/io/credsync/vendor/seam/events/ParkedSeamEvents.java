package io.credsync.vendor.seam.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Events about Seam credentials not (yet) watched: the dispatcher's {@code accepted} outcome may arrive after the
 * access system already confirmed. Only the fact is kept (read-back is the truth), one row per credential.
 */
class ParkedSeamEvents {

    private final DataSource dataSource;

    ParkedSeamEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void park(String acsCredentialId, String connectionId, String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO parked_seam_event (acs_credential_id, connection_id, event_id) VALUES (?, ?, ?)
                        ON CONFLICT (acs_credential_id) DO UPDATE SET event_id = EXCLUDED.event_id, parked_at = now()
                        """)) {
            statement.setString(1, acsCredentialId);
            statement.setString(2, connectionId);
            statement.setString(3, eventId);
            statement.executeUpdate();
        }
    }

    /** Removes the parked event of this credential; true if there was one. */
    public boolean take(String acsCredentialId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("DELETE FROM parked_seam_event WHERE acs_credential_id = ?")) {
            statement.setString(1, acsCredentialId);
            return statement.executeUpdate() > 0;
        }
    }

    public int dropOlderThan(Duration age) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(
                        "DELETE FROM parked_seam_event WHERE parked_at < now() - ?::interval")) {
            statement.setString(1, age.toMillis() + " milliseconds");
            return statement.executeUpdate();
        }
    }
}
