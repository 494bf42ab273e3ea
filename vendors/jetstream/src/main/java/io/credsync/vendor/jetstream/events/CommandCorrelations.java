package io.credsync.vendor.jetstream.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.credsync.model.json.Json;

/**
 * What each Jetstream CommandId carried (credential versions per target) and completions waiting for that knowledge.
 * Plain JDBC on the poller's and consumer's threads.
 */
class CommandCorrelations {

    /**
     * One credential version a Jetstream command carried; {@code settled} when the dispatcher already reported its
     * final phase (the device was online), so the command's events add nothing.
     */
    record Carried(String tenant, UUID credentialId, String targetId, long version, UUID commandId,
            boolean settled) {
    }

    private final DataSource dataSource;

    CommandCorrelations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void record(String jetstreamCommandId, Carried carried) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO jetstream_command (jetstream_command_id, tenant, credential_id, target_id,
                                                       version, command_id, settled)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (jetstream_command_id, credential_id) DO UPDATE SET
                          -- an offline device's one pending command can carry a newer version of the same
                          -- credential (e.g. its revocation): the completion must report the newest
                          version = GREATEST(jetstream_command.version, EXCLUDED.version),
                          command_id = CASE WHEN EXCLUDED.version > jetstream_command.version
                                            THEN EXCLUDED.command_id ELSE jetstream_command.command_id END,
                          settled = CASE WHEN EXCLUDED.version > jetstream_command.version THEN EXCLUDED.settled
                                         WHEN EXCLUDED.version = jetstream_command.version
                                         THEN jetstream_command.settled OR EXCLUDED.settled
                                         ELSE jetstream_command.settled END
                        """)) {
            statement.setString(1, jetstreamCommandId);
            statement.setString(2, carried.tenant());
            statement.setObject(3, carried.credentialId());
            statement.setString(4, carried.targetId());
            statement.setLong(5, carried.version());
            statement.setObject(6, carried.commandId());
            statement.setBoolean(7, carried.settled());
            statement.executeUpdate();
        }
    }

    List<Carried> carried(String jetstreamCommandId) throws SQLException {
        var found = new ArrayList<Carried>();
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        SELECT tenant, credential_id, target_id, version, command_id, settled FROM jetstream_command
                        WHERE jetstream_command_id = ?
                        """)) {
            statement.setString(1, jetstreamCommandId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Carried(rows.getString(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getLong(4), rows.getObject(5, UUID.class), rows.getBoolean(6)));
                }
            }
        }
        return found;
    }

    /** Keeps a completion (for two days) for versions whose correlation arrives after it. */
    void remember(JetstreamEvent completion) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("""
                        INSERT INTO parked_completion (jetstream_command_id, event) VALUES (?, ?)
                        ON CONFLICT DO NOTHING
                        """);
                var forget = c.prepareStatement(
                        "DELETE FROM parked_completion WHERE parked_at < now() - interval '2 days'")) {
            statement.setString(1, completion.commandId());
            statement.setString(2, new String(Json.write(completion), StandardCharsets.UTF_8));
            statement.executeUpdate();
            forget.executeUpdate();
        }
    }

    /** The completion of this command, if it completed already. */
    Optional<JetstreamEvent> completion(String jetstreamCommandId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement(
                        "SELECT event FROM parked_completion WHERE jetstream_command_id = ?")) {
            statement.setString(1, jetstreamCommandId);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(Json.read(rows.getString(1).getBytes(StandardCharsets.UTF_8),
                                JetstreamEvent.class))
                        : Optional.empty();
            }
        }
    }
}
