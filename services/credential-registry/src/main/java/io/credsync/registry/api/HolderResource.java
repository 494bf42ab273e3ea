package io.credsync.registry.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.command.CommandReason;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.json.CredsyncJson;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.holder.Holder;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.credsync.registry.write.CredentialWriter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Holders of the caller's tenant, and the emergency revoke of everything a holder carries. */
@Path("/v1/holders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "holders")
public class HolderResource {

    @CredsyncJson
    public record HolderView(String externalId, HolderDetails details, List<String> credentials) {
    }

    @CredsyncJson
    public record RevokedCredential(String externalId, long version, String statusUrl) {
    }

    private final CallerContext caller;
    private final CredentialWriter writer;

    public HolderResource(CallerContext caller, CredentialWriter writer) {
        this.caller = caller;
        this.writer = writer;
    }

    @GET
    @Path("{externalId}")
    @WithSession
    @Operation(summary = "Read a holder and the ids of its credentials")
    public Uni<HolderView> get(@PathParam("externalId") String externalId) {
        return holder(externalId)
                .flatMap(h -> Credential.<Credential>list("holderId", h.id)
                        .map(cs -> new HolderView(h.externalId, h.details(),
                                cs.stream().map(c -> c.externalId).sorted().toList())));
    }

    /**
     * Revokes every credential of the holder on every target, at top priority, in one transaction; commands are sent
     * even where the credential was already revoked, so that each target confirms. Follow each {@code status_url}
     * (with {@code wait_for_version}) for the per-target confirmation.
     */
    @POST
    @Path("{externalId}/emergency-revoke")
    @WithTransaction
    @Operation(summary = "Revoke every credential of a holder on every target, urgently", description = "Answers 202 with each credential's version and status URL to follow.")
    public Uni<Response> emergencyRevoke(@PathParam("externalId") String externalId) {
        String tenant = caller.tenant();
        return holder(externalId)
                .flatMap(h -> Credential.<Credential>list("holderId", h.id))
                .flatMap(credentials -> Multi.createFrom().iterable(credentials)
                        .onItem().transformToUniAndConcatenate(c -> writer.apply(CredentialMutation.lifecycle(tenant,
                                null, c.externalId, ChangeOperation.REVOKE, null, CommandReason.EMERGENCY_REVOKE))
                                .map(result -> new RevokedCredential(c.externalId, result.version(),
                                        "/v1/credentials/" + c.externalId + "/status?wait_for_version="
                                                + result.version())))
                        .collect().asList())
                .map(revoked -> Response.accepted(revoked).build());
    }

    private Uni<Holder> holder(String externalId) {
        RequestParameters.id("path.external_id", externalId);
        return Holder.<Holder>find("tenant = ?1 and externalId = ?2", caller.tenant(), externalId).firstResult()
                .map(h -> {
                    if (h == null) {
                        throw new NotFoundException("no holder '" + externalId + "'");
                    }
                    return h;
                });
    }
}
