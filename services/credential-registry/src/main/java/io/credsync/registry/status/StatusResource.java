package io.credsync.registry.status;

import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.credsync.model.status.SyncStatusChanged;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.security.CallerContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Sync status of the caller's tenant. */
@Path("/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final CallerContext caller;
    private final StatusQueries queries;

    public StatusResource(CallerContext caller, StatusQueries queries) {
        this.caller = caller;
        this.queries = queries;
    }

    /**
     * Status on every target. With {@code wait_for_version=N} the call waits (long-poll, at most {@code timeout},
     * ISO-8601, ≤ 60 s) until the credential is at version N or later and synced on every target.
     */
    @GET
    @Path("credentials/{externalId}/status")
    public Uni<StatusView> credentialStatus(@PathParam("externalId") String externalId,
            @QueryParam("wait_for_version") Long waitForVersion,
            @QueryParam("timeout") @DefaultValue("PT30S") String timeout) {
        String tenant = caller.tenant();
        if (waitForVersion != null) {
            return queries.awaitVersion(tenant, externalId, waitForVersion, boundedWait(timeout))
                    .map(view -> found(view, externalId));
        }
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(
                () -> Credential.<Credential>find("tenant = ?1 and externalId = ?2", tenant, externalId)
                        .firstResult()
                        .flatMap(c -> c == null ? Uni.createFrom().<StatusView>nullItem() : queries.of(c)))
                .map(view -> found(view, externalId));
    }

    /** Filtered listing, e.g. {@code ?state=failed} or {@code ?state=pending&pending_longer_than=PT5M}. */
    @GET
    @Path("sync-status")
    @WithSession
    public Uni<List<SyncStatusChanged>> list(@QueryParam("state") String state,
            @QueryParam("pending_longer_than") String pendingLongerThan, @QueryParam("target_id") String targetId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.list(caller.tenant(), state, pendingLongerThan == null ? null : duration(pendingLongerThan),
                targetId, Math.min(Math.max(limit, 1), 1000))
                .map(rows -> rows.stream().map(r -> StatusEvents.event(r, List.of(r))).toList());
    }

    private static StatusView found(StatusView view, String externalId) {
        if (view == null) {
            throw new NotFoundException("no credential '" + externalId + "'");
        }
        return view;
    }

    private static Duration boundedWait(String timeout) {
        Duration wait = duration(timeout);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Duration duration(String iso) {
        try {
            return Duration.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "timeout", "http.duration",
                    "durations are ISO-8601, e.g. PT30S or PT5M");
        }
    }
}
