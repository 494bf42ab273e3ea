package io.credsync.registry.outbox;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Multi-row INSERTs in the current transaction, bypassing the persistence context: for write-once rows (outbox
 * messages, processed event ids) that the transaction never reads back, entity tracking cost more than the rest of a
 * batch.
 */
public final class MultiRowInsert {

    /** PostgreSQL allows 65,535 parameters per statement. */
    private static final int MAX_PARAMETERS = 60_000;

    private MultiRowInsert() {
    }

    public static Uni<Void> outbox(List<OutboxMessage> messages) {
        return insert("outbox", List.of("topic", "message_key", "payload", "priority"), messages.stream()
                .map(m -> new Object[]{m.topic, m.messageKey, m.payload, m.priority})
                .toList());
    }

    public static Uni<Void> insert(String table, List<String> columns, List<Object[]> rows) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        int perStatement = MAX_PARAMETERS / columns.size();
        for (int from = 0; from < rows.size(); from += perStatement) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            chain = chain.chain(() -> insertChunk(table, columns, chunk));
        }
        return chain;
    }

    private static Uni<Void> insertChunk(String table, List<String> columns, List<Object[]> chunk) {
        int width = columns.size();
        var sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                .append(") VALUES ");
        for (int row = 0; row < chunk.size(); row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < width; column++) {
                sql.append(column == 0 ? "?" : ", ?").append(row * width + column + 1);
            }
            sql.append(')');
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int row = 0; row < chunk.size(); row++) {
                for (int column = 0; column < width; column++) {
                    query.setParameter(row * width + column + 1, chunk.get(row)[column]);
                }
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
