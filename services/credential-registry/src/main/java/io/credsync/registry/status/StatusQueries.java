package io.credsync.registry.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.registry.credential.Credential;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** Reads sync status: per credential, filtered listings, and waiting until a version is synced everywhere. */
@ApplicationScoped
public class StatusQueries {

    private static final long POLL_MS = 100;

    private final Vertx vertx;

    public StatusQueries(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<StatusView> of(Credential credential) {
        return SyncStatus.<SyncStatus>list("credentialId", Sort.by("targetId"), credential.id)
                .map(rows -> new StatusView(credential.id, credential.externalId, credential.version,
                        StatusEvents.syncedEverywhere(rows), StatusEvents.syncedEverywhereAt(rows),
                        rows.stream().map(r -> StatusEvents.event(r, rows)).toList()));
    }

    /**
     * Polls (each time in a fresh session) until every target observed at least {@code version} or the timeout
     * passes; answers the last status either way.
     */
    public Uni<StatusView> awaitVersion(String tenant, String externalId, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        return poll(tenant, externalId, version, deadline);
    }

    private Uni<StatusView> poll(String tenant, String externalId, long version, long deadline) {
        return Panache.withSession(() -> Credential.<Credential>find("tenant = ?1 and externalId = ?2", tenant,
                externalId).firstResult()
                .flatMap(c -> c == null ? Uni.createFrom().nullItem() : of(c)))
                .flatMap(view -> {
                    if (view == null || reached(view, version) || System.nanoTime() > deadline) {
                        return Uni.createFrom().item(view);
                    }
                    return delay().flatMap(ignored -> poll(tenant, externalId, version, deadline));
                });
    }

    /** Every target holds a version at least {@code version}, or its latest desired state when that is older. */
    private static boolean reached(StatusView view, long version) {
        return view.version() >= version && view.syncedEverywhere();
    }

    private Uni<Void> delay() {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(POLL_MS, id -> emitter.complete(null)));
    }

    public Uni<List<SyncStatus>> list(String tenant, String state, Duration pendingLongerThan, String targetId,
            int limit) {
        var query = new StringBuilder("tenant = :tenant");
        var params = new java.util.HashMap<String, Object>();
        params.put("tenant", tenant);
        if (state != null) {
            query.append(" and state = :state");
            params.put("state", state.toLowerCase());
        }
        if (targetId != null) {
            query.append(" and targetId = :target");
            params.put("target", targetId);
        }
        if (pendingLongerThan != null) {
            query.append(" and pendingSince is not null and pendingSince < :since");
            params.put("since", Instant.now().minus(pendingLongerThan));
        }
        return SyncStatus.<SyncStatus>find(query.toString(), Sort.by("changedAt").descending(), params)
                .page(0, limit)
                .list();
    }
}
