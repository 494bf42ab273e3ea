package io.credsync.registry.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims a batch of outbox rows for this replica: deleted in the still-open transaction, so another replica skips
 * them (SKIP LOCKED) and a rollback — broker down, process killed — puts them back.
 */
final class OutboxBatch {

    record Row(long id, String topic, String key, byte[] payload, short priority) {
    }

    private static final String CLAIM = """
            WITH claimed AS (
                SELECT id FROM outbox ORDER BY priority, id LIMIT ? FOR UPDATE SKIP LOCKED
            )
            DELETE FROM outbox o USING claimed WHERE o.id = claimed.id
            RETURNING o.id, o.topic, o.message_key, o.payload, o.priority
            """;

    private OutboxBatch() {
    }

    /** Rows in publishing order: urgent first, then oldest first. */
    static List<Row> claim(Connection connection, int limit) throws SQLException {
        var rows = new ArrayList<Row>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, limit);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getBytes(4),
                            result.getShort(5)));
                }
            }
        }
        rows.sort(Comparator.comparingInt(Row::priority).thenComparingLong(Row::id));
        return rows;
    }
}
