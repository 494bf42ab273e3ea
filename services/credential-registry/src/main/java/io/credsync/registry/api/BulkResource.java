package io.credsync.registry.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.json.CredsyncJson;
import io.credsync.model.validation.ChangeStructureRules;
import io.credsync.model.validation.FieldLimits;
import io.credsync.model.validation.Violation;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.credential.IdempotencyKeyReusedException;
import io.credsync.registry.credential.StaleVersionException;
import io.credsync.registry.request.InvalidParameterException;
import io.credsync.registry.security.CallerContext;
import io.credsync.registry.write.CredentialWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Thousands of changes in one call, each applied in its own transaction (a bad item never blocks or half-writes the
 * others), answered with one result per item in request order.
 */
@Path("/v1/credentials/bulk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "credentials")
public class BulkResource {

    static final int MAX_ITEMS = FieldLimits.BULK_MAX;

    @CredsyncJson
    public record BulkItem(String externalCredentialId, ChangeOperation operation, String idempotencyKey,
            Long ifMatch, CredentialBody credential) {
    }

    @CredsyncJson
    public record BulkResult(int index, String externalCredentialId, String result, Long version, Integer status,
            String detail, List<Violation> violations) {
    }

    private final CallerContext caller;
    private final CredentialWriter writer;
    private final MutationFactory mutations;

    public BulkResource(CallerContext caller, CredentialWriter writer, MutationFactory mutations) {
        this.caller = caller;
        this.writer = writer;
        this.mutations = mutations;
    }

    @POST
    @Operation(summary = "Apply up to 10,000 changes, each in its own transaction", description = "Answers 200 with one result per item in request order (applied, unchanged, duplicate or "
            + "rejected with the item's status and violations); a bad item never blocks the others. The "
            + "request itself is refused (422 bulk.size) when it holds no item or more than 10,000.")
    @APIResponse(responseCode = "200", description = "One result per item", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BulkResult.class)))
    public Uni<List<BulkResult>> apply(List<BulkItem> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "body", "bulk.size",
                    "a bulk request holds 1-" + MAX_ITEMS + " items");
        }
        String tenant = caller.tenant();
        var indexed = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            indexed.add(i);
        }
        return Multi.createFrom().iterable(indexed)
                .onItem().transformToUniAndConcatenate(i -> applyOne(tenant, i, items.get(i)))
                .collect().asList();
    }

    private Uni<BulkResult> applyOne(String tenant, int index, BulkItem item) {
        String id = item == null ? null : item.externalCredentialId();
        CredentialMutation mutation;
        try {
            mutation = toMutation(tenant, item);
        } catch (ChangeRejectedException e) {
            return Uni.createFrom().item(rejected(index, id, 422, e));
        } catch (InvalidParameterException e) {
            return Uni.createFrom().item(new BulkResult(index, id, "rejected", null, 422, e.getMessage(), List.of(
                    new Violation("idempotency_key", null, e.rule(), e.getMessage()))));
        }
        byte[] request = MutationFactory.canonicalRequest("bulk:" + item.operation(), id, item.ifMatch(),
                item.credential());
        return Panache.withTransaction(() -> writer.apply(mutation, request))
                .map(r -> new BulkResult(index, id, r.duplicate()
                        ? "duplicate"
                        : r.changed()
                                ? "applied"
                                : "unchanged",
                        r.version(), 200, null, null))
                .onFailure(ChangeRejectedException.class).recoverWithItem(e -> rejected(index, id,
                        switch (((ChangeRejectedException) e).kind()) {
                            case INVALID -> 422;
                            case NOT_FOUND -> 404;
                            case CONFLICT -> 409;
                        }, (ChangeRejectedException) e))
                .onFailure(IdempotencyKeyReusedException.class).recoverWithItem(e -> new BulkResult(index, id,
                        "rejected", null, 422, e.getMessage(), List.of(new Violation("idempotency_key", null,
                                "idempotency_key.same_request", e.getMessage()))))
                .onFailure(StaleVersionException.class).recoverWithItem(e -> new BulkResult(index, id, "rejected",
                        ((StaleVersionException) e).currentVersion(), 412, e.getMessage(), null));
    }

    private CredentialMutation toMutation(String tenant, BulkItem item) {
        if (item == null || item.externalCredentialId() == null || item.operation() == null) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "item", "bulk.item",
                    "every item needs external_credential_id and operation");
        }
        var idViolations = ChangeStructureRules.checkCredentialId("external_credential_id",
                item.externalCredentialId());
        if (!idViolations.isEmpty()) {
            throw new ChangeRejectedException(ChangeRejectedException.Kind.INVALID, idViolations);
        }
        var eventId = MutationFactory.eventId(tenant, item.idempotencyKey());
        if (item.operation() != ChangeOperation.UPSERT) {
            return CredentialMutation.lifecycle(tenant, eventId, item.externalCredentialId(), item.operation(),
                    item.ifMatch(), null);
        }
        return mutations.upsert(tenant, item.externalCredentialId(), item.credential(), item.ifMatch(), eventId);
    }

    private static BulkResult rejected(int index, String id, int status, ChangeRejectedException e) {
        return new BulkResult(index, id, "rejected", null, status, e.getMessage(), e.violations());
    }
}
