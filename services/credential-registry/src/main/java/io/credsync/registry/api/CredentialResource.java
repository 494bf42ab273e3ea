package io.credsync.registry.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.credential.CredentialWriter;
import io.credsync.registry.credential.MutationResult;
import io.credsync.registry.security.CallerContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Credentials by the tenant's own id. Writes are pre-flight validated against every granted target's vendor, use
 * optimistic concurrency (ETag = version, If-Match → 412 when stale), and accept an {@code Idempotency-Key}.
 */
@Path("/v1/credentials")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialResource {

    private final CallerContext caller;
    private final CredentialWriter writer;
    private final CredentialReader reader;
    private final MutationFactory mutations;

    public CredentialResource(CallerContext caller, CredentialWriter writer, CredentialReader reader,
            MutationFactory mutations) {
        this.caller = caller;
        this.writer = writer;
        this.reader = reader;
        this.mutations = mutations;
    }

    @PUT
    @Path("{externalId}")
    @WithTransaction
    public Uni<Response> put(@PathParam("externalId") String externalId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, CredentialBody body) {
        var mutation = mutations.upsert(caller.tenant(), externalId, body, Etags.parseIfMatch(ifMatch),
                MutationFactory.eventId(caller.tenant(), idempotencyKey));
        return writer.apply(mutation).flatMap(result -> respond(externalId, result));
    }

    @POST
    @Path("{externalId}/{operation:suspend|resume|revoke}")
    @WithTransaction
    public Uni<Response> lifecycle(@PathParam("externalId") String externalId,
            @PathParam("operation") String operation, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        var mutation = CredentialMutation.lifecycle(caller.tenant(),
                MutationFactory.eventId(caller.tenant(), idempotencyKey), externalId,
                ChangeOperation.valueOf(operation.toUpperCase()), Etags.parseIfMatch(ifMatch), null);
        return writer.apply(mutation).flatMap(result -> respond(externalId, result));
    }

    @GET
    @Path("{externalId}")
    @WithSession
    public Uni<Response> get(@PathParam("externalId") String externalId) {
        return reader.find(caller.tenant(), externalId)
                .flatMap(c -> reader.view(c, caller.mayReadValues()))
                .map(view -> Response.ok(view).tag(Etags.of(view.version())).build());
    }

    private Uni<Response> respond(String externalId, MutationResult result) {
        return reader.find(caller.tenant(), externalId)
                .flatMap(c -> reader.view(c, false))
                .map(view -> Response.status(result.changed() && view.version() == 1 ? 201 : 200)
                        .entity(view)
                        .tag(Etags.of(view.version()))
                        .header("Credsync-Changed", result.changed())
                        .build());
    }
}
