package io.credsync.vendor.seam.events.webhook;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

/** Svix message ids ({@code svix-id}, stable across retries) already handled, per connection. */
public class WebhookMessages {

    private final DataSource dataSource;

    public WebhookMessages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean handled(String connectionId, String svixId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(
                        "SELECT 1 FROM seam_webhook_message WHERE connection_id = ? AND svix_id = ?")) {
            statement.setString(1, connectionId);
            statement.setString(2, svixId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public void markHandled(String connectionId, String svixId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO seam_webhook_message (connection_id, svix_id) VALUES (?, ?) ON CONFLICT DO NOTHING
                        """)) {
            statement.setString(1, connectionId);
            statement.setString(2, svixId);
            statement.executeUpdate();
        }
    }

    public int forgetOlderThan(Duration retention) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(
                        "DELETE FROM seam_webhook_message WHERE received_at < now() - ?::interval")) {
            statement.setString(1, retention.toSeconds() + " seconds");
            return statement.executeUpdate();
        }
    }
}
