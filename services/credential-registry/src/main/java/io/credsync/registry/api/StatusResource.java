package io.credsync.registry.api;

import java.time.Duration;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.registry.credential.Credential;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.credsync.registry.status.StatusQueries;
import io.credsync.registry.status.StatusView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Sync status of one credential of the caller's tenant, with an optional long-poll. */
@Path("/v1/credentials/{externalId}/status")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sync status")
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
    @Operation(summary = "Sync status of a credential on every target, optionally waiting for a version", description = "With wait_for_version=N the call waits (at most timeout, ISO-8601, capped at 60 s) until "
            + "the credential is at version N or later and synced on every target.")
    public Uni<StatusView> credentialStatus(@PathParam("externalId") String externalId,
            @QueryParam("wait_for_version") @Parameter(description = "a version (≥ 1) to wait for", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String waitForVersionParam,
            @QueryParam("timeout") @DefaultValue("PT30S") @Parameter(description = "ISO-8601 duration, at most "
                    + "PT60S is waited") String timeout) {
        RequestParameters.id("path.external_id", externalId);
        Long waitForVersion = RequestParameters.optionalPositiveLong("query.wait_for_version", waitForVersionParam);
        Duration wait = RequestParameters.optionalDuration("query.timeout", timeout);
        String tenant = caller.tenant();
        if (waitForVersion != null) {
            return queries.awaitVersion(tenant, externalId, waitForVersion, wait.compareTo(MAX_WAIT) > 0
                    ? MAX_WAIT
                    : wait)
                    .map(view -> found(view, externalId));
        }
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(
                () -> Credential.<Credential>find("tenant = ?1 and externalId = ?2", tenant, externalId)
                        .firstResult()
                        .flatMap(c -> c == null ? Uni.createFrom().<StatusView>nullItem() : queries.of(c)))
                .map(view -> found(view, externalId));
    }

    private static StatusView found(StatusView view, String externalId) {
        if (view == null) {
            throw new NotFoundException("no credential '" + externalId + "'");
        }
        return view;
    }
}
