package io.credsync.registry.outbox;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes outbox rows with multi-row INSERTs in the current transaction, bypassing the persistence context: outbox
 * rows are write-once, and tracking thousands of them as entities cost more than the rest of a batch.
 */
public final class OutboxInserts {

    /** 4 parameters a row; PostgreSQL allows 65,535 per statement. */
    private static final int ROWS_PER_STATEMENT = 2000;

    private OutboxInserts() {
    }

    public static Uni<Void> insert(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
            var chunk = messages.subList(from, Math.min(messages.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> insertChunk(chunk));
        }
        return chain;
    }

    private static Uni<Void> insertChunk(List<OutboxMessage> chunk) {
        var sql = new StringBuilder("INSERT INTO outbox (topic, message_key, payload, priority) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            int p = i * 4;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                    .append(", ?").append(p + 3).append(", ?").append(p + 4).append(")");
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                var message = chunk.get(i);
                query.setParameter(i * 4 + 1, message.topic);
                query.setParameter(i * 4 + 2, message.messageKey);
                query.setParameter(i * 4 + 3, message.payload);
                query.setParameter(i * 4 + 4, message.priority);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
