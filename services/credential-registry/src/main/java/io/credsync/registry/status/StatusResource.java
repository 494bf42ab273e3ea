package io.credsync.registry.status;

import java.time.Duration;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.security.CallerContext;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Sync status of one credential of the caller's tenant, with an optional long-poll. */
@Path("/v1/credentials/{externalId}/status")
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
