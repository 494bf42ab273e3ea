package io.credsync.registry.connection;

import io.credsync.model.Topics;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.json.Json;
import io.credsync.registry.outbox.OutboxMessage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Announces a connection on the compacted {@code credsync.connections.v1} through the outbox, in the caller's
 * transaction, which must hold the connection's row lock (or be creating the row).
 * <p>
 * The topic keeps only the latest record per key, so the latest must also be the last one published. The outbox
 * alone does not promise that for one key: ids come from pooled sequences (not in commit order) and several relays
 * claim rows concurrently. So a new record first removes the key's records still waiting in the outbox: at most one
 * waits per key, and when a relay is publishing the previous one at that moment, the removal waits for the relay's
 * commit (its row lock), so the previous one reaches the broker first. Followers lose nothing they need: each
 * record carries the whole connection.
 */
final class ConnectionEvents {

    /** The topic is a literal so that the partial index {@code outbox_connection_key} (V3) serves it. */
    static final String SUPERSEDE = "DELETE FROM outbox WHERE topic = '" + Topics.CONNECTIONS
            + "' AND message_key = ?1";
    static final String INSERT = "INSERT INTO outbox (topic, message_key, payload, priority) VALUES (?1, ?2, ?3, ?4)";
    static final String INSERT_TOMBSTONE = "INSERT INTO outbox (topic, message_key, payload, priority) "
            + "VALUES (?1, ?2, NULL, ?3)";

    private ConnectionEvents() {
    }

    static Uni<Void> definition(ConnectionDefinition definition) {
        String key = definition.recordKey();
        byte[] payload = Json.write(definition);
        return supersede(key)
                .chain(() -> execute(INSERT, Topics.CONNECTIONS, key, payload, OutboxMessage.NORMAL));
    }

    /** A record with a null value: compaction then removes the key, and followers forget the connection. */
    static Uni<Void> tombstone(String tenant, String id) {
        String key = ConnectionDefinition.key(tenant, id);
        return supersede(key)
                .chain(() -> execute(INSERT_TOMBSTONE, Topics.CONNECTIONS, key, OutboxMessage.NORMAL));
    }

    private static Uni<Void> supersede(String key) {
        return execute(SUPERSEDE, key);
    }

    /** One native statement in the current transaction. */
    static Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(sql);
                    for (int i = 0; i < parameters.length; i++) {
                        query.setParameter(i + 1, parameters[i]);
                    }
                    return query.executeUpdate();
                })
                .replaceWithVoid();
    }
}
