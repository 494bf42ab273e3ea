package io.credsync.registry.api;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;
import io.credsync.model.validation.FieldLimits;
import io.credsync.registry.request.InvalidParameterException;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.credsync.registry.status.StatusEvents;
import io.credsync.registry.status.StatusQueries;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Sync status across the caller's tenant, filtered (e.g. every failed target). */
@Path("/v1/sync-status")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sync status")
public class SyncStatusListResource {

    static final int DEFAULT_LIMIT = 100;

    private final CallerContext caller;
    private final StatusQueries queries;

    public SyncStatusListResource(CallerContext caller, StatusQueries queries) {
        this.caller = caller;
        this.queries = queries;
    }

    /** Filtered listing, e.g. {@code ?state=failed} or {@code ?state=pending&pending_longer_than=PT5M}. */
    @GET
    @WithSession
    @Operation(summary = "List sync status across the tenant, filtered", description = "Newest change first; e.g. ?state=failed, or ?state=pending&pending_longer_than=PT5M.")
    public Uni<List<SyncStatusChanged>> list(
            @QueryParam("state") @Parameter(description = "one of pending, dispatched, queued_on_device, synced, "
                    + "retrying, failed", schema = @Schema(enumeration = {"pending", "dispatched", "queued_on_device",
                            "synced", "retrying", "failed"})) String state,
            @QueryParam("pending_longer_than") @Parameter(description = "ISO-8601 duration, e.g. PT5M") String pendingLongerThan,
            @QueryParam("target_id") @Parameter(schema = @Schema(maxLength = FieldLimits.ID_MAX, pattern = FieldLimits.ID_PATTERN)) String targetId,
            @QueryParam("limit") @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) String limit) {
        String knownState = state(state);
        var since = RequestParameters.optionalDuration("query.pending_longer_than", pendingLongerThan);
        RequestParameters.optionalId("query.target_id", targetId);
        int pageSize = RequestParameters.intIn("query.limit", limit, 1, FieldLimits.PAGE_MAX, DEFAULT_LIMIT);
        return queries.list(caller.tenant(), knownState, since, targetId, pageSize)
                .map(rows -> rows.stream().map(r -> StatusEvents.event(r, List.of(r))).toList());
    }

    private static String state(String state) {
        if (state == null) {
            return null;
        }
        var known = Arrays.stream(SyncState.values()).map(s -> s.name().toLowerCase()).toList();
        if (!known.contains(state)) {
            throw new InvalidParameterException("query.state", "sync_state.known", "state must be one of "
                    + String.join(", ", known));
        }
        return state;
    }
}
