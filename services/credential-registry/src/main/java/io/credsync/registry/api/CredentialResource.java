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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.credential.MutationResult;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.credsync.registry.write.CredentialWriter;
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
@Tag(name = "credentials")
public class CredentialResource {

    static final String IDEMPOTENCY_KEY = "any opaque key of up to 200 printable characters; the same key with the same "
            + "request answers the first result, with another request 422 idempotency-key-reused";

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
    @Operation(summary = "Create or replace a credential's whole desired state", description = "Validated against credsync's limits and every granted target's vendor rules before "
            + "anything is written. 201 when created, 200 otherwise (Credsync-Changed says whether "
            + "anything changed).")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)", content = @Content(schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CredentialView.class)))
    public Uni<Response> put(@PathParam("externalId") String externalId,
            @HeaderParam("If-Match") @Parameter(description = "the ETag read last, e.g. \"3\"") String ifMatch,
            @HeaderParam("Idempotency-Key") @Parameter(description = IDEMPOTENCY_KEY) String idempotencyKey,
            CredentialBody body) {
        RequestParameters.id("path.external_id", externalId);
        String tenant = caller.tenant();
        var mutation = mutations.upsert(tenant, externalId, body, Etags.parseIfMatch(ifMatch),
                MutationFactory.eventId(tenant, idempotencyKey));
        byte[] request = MutationFactory.canonicalRequest("PUT", externalId, Etags.parseIfMatch(ifMatch), body);
        return writer.apply(mutation, request).flatMap(result -> respond(externalId, result));
    }

    @POST
    @Path("{externalId}/{operation:suspend|resume|revoke}")
    @Consumes(MediaType.WILDCARD) // no body: a bare curl -X POST must work
    @WithTransaction
    @Operation(summary = "Suspend, resume or revoke a credential on every target", description = "Revoked is final: a revoked credential answers 409 to anything but revoke.")
    @APIResponse(responseCode = "200", description = "The credential after the change", content = @Content(schema = @Schema(implementation = CredentialView.class)))
    public Uni<Response> lifecycle(@PathParam("externalId") String externalId,
            @PathParam("operation") String operation,
            @HeaderParam("If-Match") @Parameter(description = "the ETag read last, e.g. \"3\"") String ifMatch,
            @HeaderParam("Idempotency-Key") @Parameter(description = IDEMPOTENCY_KEY) String idempotencyKey) {
        RequestParameters.id("path.external_id", externalId);
        String tenant = caller.tenant();
        var mutation = CredentialMutation.lifecycle(tenant, MutationFactory.eventId(tenant, idempotencyKey),
                externalId, ChangeOperation.valueOf(operation.toUpperCase()), Etags.parseIfMatch(ifMatch), null);
        byte[] request = MutationFactory.canonicalRequest(operation, externalId, Etags.parseIfMatch(ifMatch), null);
        return writer.apply(mutation, request).flatMap(result -> respond(externalId, result));
    }

    @GET
    @Path("{externalId}")
    @WithSession
    @Operation(summary = "Read a credential", description = "The value is masked unless the token has group "
            + "credentials.read-values; the ETag is the version.")
    @APIResponse(responseCode = "200", description = "The credential", content = @Content(schema = @Schema(implementation = CredentialView.class)))
    public Uni<Response> get(@PathParam("externalId") String externalId) {
        RequestParameters.id("path.external_id", externalId);
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
