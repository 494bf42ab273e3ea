package io.credsync.registry.connection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import io.credsync.model.Vendor;
import io.credsync.registry.connection.ConnectionResource.ConnectionBody;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.ChangeRejectedException.Kind;
import io.credsync.registry.targets.Target;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Creates, replaces and deletes connections, each in one transaction with its record for
 * {@code credsync.connections.v1} in the outbox. The row is locked first, so changes of one connection are
 * serialised and each publishes the revision it wrote.
 */
@ApplicationScoped
public class ConnectionWriter {

    /** How many of the targets that hold a connection a refused delete names. */
    private static final int TARGETS_NAMED = 5;

    static final String PREVIOUS_REVISION = "SELECT last_revision FROM deleted_connection WHERE tenant = ?1 AND id = ?2";
    static final String REMEMBER_REVISION = """
            INSERT INTO deleted_connection (tenant, id, last_revision) VALUES (?1, ?2, ?3)
            ON CONFLICT (tenant, id) DO UPDATE SET last_revision = excluded.last_revision, deleted_at = now()
            """;

    /** @param body already checked by {@link ConnectionRules} */
    @WithTransaction
    public Uni<Connection> put(String tenant, String id, ConnectionBody body) {
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the column keeps
        return locked(tenant, id)
                .flatMap(existing -> existing == null ? create(tenant, id, body, now) : replace(existing, body, now))
                .call(row -> ConnectionEvents.definition(row.definition()));
    }

    /** Refused (409 {@code connection.in_use}) while a target uses it; otherwise deleted, with a tombstone. */
    @WithTransaction
    public Uni<Void> delete(String tenant, String id) {
        return locked(tenant, id)
                .flatMap(row -> {
                    if (row == null) {
                        throw new NotFoundException("no connection '" + id + "'");
                    }
                    return refuseWhileInUse(row)
                            .chain(() -> ConnectionEvents.execute(REMEMBER_REVISION, tenant, id, row.rowVersion))
                            .chain(() -> ConnectionEvents.tombstone(tenant, id))
                            .chain(row::delete);
                });
    }

    private static Uni<Connection> locked(String tenant, String id) {
        return Connection.<Connection>find("tenant = ?1 and id = ?2", tenant, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    private static Uni<Connection> create(String tenant, String id, ConnectionBody body, Instant now) {
        return previousRevision(tenant, id)
                .flatMap(previous -> {
                    var row = new Connection();
                    row.tenant = tenant;
                    row.id = id;
                    row.vendor = Vendor.fromId(body.vendor()).id();
                    row.createdAt = now;
                    row.rowVersion = previous + 1; // after a delete, the revisions go on from where they stopped
                    apply(row, body, now);
                    return row.persist();
                });
    }

    private static Uni<Connection> replace(Connection row, ConnectionBody body, Instant now) {
        if (!row.vendor.equals(Vendor.fromId(body.vendor()).id())) {
            throw ChangeRejectedException.of(Kind.CONFLICT, "vendor", "connection.vendor.immutable",
                    "a connection keeps its vendor (its targets follow that vendor's rules); create another connection");
        }
        row.rowVersion++;
        apply(row, body, now);
        return Uni.createFrom().item(row);
    }

    private static void apply(Connection row, ConnectionBody body, Instant now) {
        row.baseUrl = body.baseUrl();
        row.secretRef = body.secretRef();
        row.rateLimitPerSecond = body.rateLimitPerSecond() == null
                ? ConnectionRules.DEFAULT_RATE_LIMIT
                : body.rateLimitPerSecond();
        row.options = ConnectionOptions.write(body.options());
        row.updatedAt = now;
    }

    private static Uni<Void> refuseWhileInUse(Connection row) {
        return Target.count("tenant = ?1 and connectionId = ?2", row.tenant, row.id)
                .flatMap(count -> count == 0
                        ? Uni.createFrom().voidItem()
                        : Target.<Target>find("tenant = ?1 and connectionId = ?2 order by id", row.tenant, row.id)
                                .page(0, TARGETS_NAMED)
                                .list()
                                .map(targets -> {
                                    throw inUse(row.id, count, targets);
                                }));
    }

    private static ChangeRejectedException inUse(String id, long count, List<Target> targets) {
        String named = String.join(", ", targets.stream().map(t -> t.id).toList()) + (count > targets.size()
                ? " and " + (count - targets.size()) + " more"
                : "");
        return ChangeRejectedException.of(Kind.CONFLICT, "path.id", "connection.in_use", "connection '" + id
                + "' is used by " + count + " target(s) (" + named + "); move or delete them first");
    }

    private static Uni<Long> previousRevision(String tenant, String id) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(PREVIOUS_REVISION, Long.class)
                        .setParameter(1, tenant)
                        .setParameter(2, id)
                        .getSingleResultOrNull())
                .map(revision -> revision == null ? 0L : revision);
    }
}
