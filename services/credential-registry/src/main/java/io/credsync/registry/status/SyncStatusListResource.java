package io.credsync.registry.status;

import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.credsync.model.status.SyncStatusChanged;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.security.CallerContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Sync status across the caller's tenant, filtered (e.g. every failed target). */
@Path("/v1/sync-status")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SyncStatusListResource {

    private final CallerContext caller;
    private final StatusQueries queries;

    public SyncStatusListResource(CallerContext caller, StatusQueries queries) {
        this.caller = caller;
        this.queries = queries;
    }

    /** Filtered listing, e.g. {@code ?state=failed} or {@code ?state=pending&pending_longer_than=PT5M}. */
    @GET
    @WithSession
    public Uni<List<SyncStatusChanged>> list(@QueryParam("state") String state,
            @QueryParam("pending_longer_than") String pendingLongerThan, @QueryParam("target_id") String targetId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.list(caller.tenant(), state, pendingLongerThan == null ? null : duration(pendingLongerThan),
                targetId, Math.min(Math.max(limit, 1), 1000))
                .map(rows -> rows.stream().map(r -> StatusEvents.event(r, List.of(r))).toList());
    }

    private static Duration duration(String iso) {
        try {
            return Duration.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "pending_longer_than",
                    "http.duration", "durations are ISO-8601, e.g. PT5M");
        }
    }
}
