package io.credsync.registry.connection;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.json.Json;
import io.credsync.registry.outbox.OutboxMessage;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes every connection again at each start, through the outbox: this is how connections created before the
 * registry published them reach {@code credsync.connections.v1}, and it stays on because it is the robust choice.
 * <p>
 * Why at startup rather than rows inserted by the V3 migration: the payload is written by the one serialiser of
 * {@link ConnectionDefinition} (a copy of its JSON shape in SQL would drift from the contract); it heals a topic that
 * was lost, recreated or mis-configured (e.g. not compacted, so definitions expired), which a one-off migration
 * never could; and it is harmless to repeat — the same revision changes nothing for a follower, and a compacted
 * topic keeps one record per key. It costs one outbox row per connection per start (connections are few).
 * <p>
 * It locks the connection rows while it writes and replaces waiting records as {@link ConnectionEvents} does, so a
 * concurrent change is published after it and stays the last record of its key.
 */
@ApplicationScoped
public class ConnectionBackfill {

    private static final Logger LOG = Logger.getLogger(ConnectionBackfill.class);

    private static final String ROWS = """
            SELECT tenant, id, vendor, base_url, secret_ref, rate_limit_per_second, options, row_version, updated_at
            FROM connection ORDER BY tenant, id FOR UPDATE
            """;
    private static final String SUPERSEDE = ConnectionEvents.SUPERSEDE.replace("?1", "?");
    private static final String INSERT = ConnectionEvents.INSERT.replaceAll("\\?\\d", "?");

    private final AgroalDataSource dataSource;

    public ConnectionBackfill(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        int published = republishAll();
        LOG.infof("connections: %d published again on %s", published, Topics.CONNECTIONS);
    }

    /** Writes a record for every connection into the outbox, in one transaction; returns how many. */
    public int republishAll() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var rows = connection.prepareStatement(ROWS);
                    var supersede = connection.prepareStatement(SUPERSEDE);
                    var insert = connection.prepareStatement(INSERT)) {
                var definitions = new ArrayList<ConnectionDefinition>();
                try (var result = rows.executeQuery()) {
                    while (result.next()) {
                        definitions.add(definition(result));
                    }
                }
                for (var definition : definitions) {
                    supersede.setString(1, definition.recordKey());
                    supersede.addBatch();
                    insert.setString(1, Topics.CONNECTIONS);
                    insert.setString(2, definition.recordKey());
                    insert.setBytes(3, Json.write(definition));
                    insert.setShort(4, OutboxMessage.NORMAL);
                    insert.addBatch();
                }
                supersede.executeBatch();
                insert.executeBatch();
                connection.commit();
                return definitions.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static ConnectionDefinition definition(java.sql.ResultSet row) throws SQLException {
        Timestamp updatedAt = row.getTimestamp(9);
        return new ConnectionDefinition(row.getString(1), row.getString(2), Vendor.fromId(row.getString(3)),
                row.getString(4), row.getString(5), row.getInt(6), ConnectionOptions.read(row.getString(7)),
                row.getLong(8), updatedAt == null ? null : updatedAt.toInstant());
    }
}
