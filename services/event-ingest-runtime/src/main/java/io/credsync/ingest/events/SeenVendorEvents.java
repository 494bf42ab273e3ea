package io.credsync.ingest.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;

import javax.sql.DataSource;

import io.credsync.vendor.spi.events.SeenEvents;

/**
 * Vendor event ids already handled ({@code seen_vendor_event} in the vendor's schema): an event delivered twice (a
 * re-read queue, a webhook and a poll of the same event) is handled once.
 */
public class SeenVendorEvents implements SeenEvents {

    private final DataSource storage;

    public SeenVendorEvents(DataSource storage) {
        this.storage = storage;
    }

    @Override
    public boolean seen(String eventId) throws SQLException {
        try (Connection c = storage.getConnection();
                var statement = c.prepareStatement("SELECT 1 FROM seen_vendor_event WHERE event_id = ?")) {
            statement.setString(1, eventId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void markSeen(Collection<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        try (Connection c = storage.getConnection();
                var statement = c.prepareStatement(
                        "INSERT INTO seen_vendor_event (event_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (String id : eventIds) {
                statement.setString(1, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Forgets ids older than {@code retention}: by then no vendor redelivers them (Jetstream's are deleted at the
     * vendor once seen; Seam's poller looks back only a few seconds, Svix retries for about a day and a half).
     */
    public int forgetOlderThan(Duration retention) throws SQLException {
        try (Connection c = storage.getConnection();
                var statement = c.prepareStatement(
                        "DELETE FROM seen_vendor_event WHERE received_at < now() - ?::interval")) {
            statement.setString(1, retention.toSeconds() + " seconds");
            return statement.executeUpdate();
        }
    }
}
