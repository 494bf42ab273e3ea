package io.credsync.registry.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.Vendor;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.json.CredsyncJson;
import io.credsync.model.json.Json;
import io.credsync.model.validation.FieldLimits;
import io.credsync.model.validation.TargetProfile;
import io.credsync.model.validation.ValidationRules;
import io.credsync.model.validation.Violation;
import io.credsync.registry.connection.Connection;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.ChangeRejectedException.Kind;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.credsync.registry.targets.Target;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Targets of the caller's tenant; the vendor's rules on addresses (e.g. Jetstream DeviceName) apply here. */
@Path("/v1/targets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "targets")
public class TargetResource {

    @CredsyncJson
    public record TargetBody(String connectionId, String address, Map<String, String> settings, String displayName) {
    }

    @CredsyncJson
    public record TargetView(String id, String vendor, String connectionId, String address,
            Map<String, String> settings, String displayName, Instant createdAt, Instant updatedAt) {
        static TargetView of(Target t) {
            return new TargetView(t.id, t.vendor, t.connectionId, t.address, t.settingsMap(), t.displayName,
                    t.createdAt, t.updatedAt);
        }
    }

    private final CallerContext caller;

    public TargetResource(CallerContext caller) {
        this.caller = caller;
    }

    @PUT
    @Path("{id}")
    @WithTransaction
    @Operation(summary = "Create or replace a target (a Jetstream device, a Seam acs_system, ...)", description = "The connection's vendor rules apply to the address and settings; a target keeps its "
            + "vendor (409 otherwise).")
    public Uni<TargetView> put(@PathParam("id") String id, TargetBody body) {
        RequestParameters.id("path.id", id);
        String tenant = caller.tenant();
        if (body == null || body.connectionId() == null) {
            throw ChangeRejectedException.of(Kind.INVALID, "connection_id", "target.connection_id.required",
                    "connection_id is required");
        }
        if (!FieldLimits.isId(body.connectionId())) {
            throw ChangeRejectedException.of(Kind.INVALID, "connection_id", "id.characters", "connection_id must be 1-"
                    + FieldLimits.ID_MAX + " printable characters");
        }
        if (body.displayName() != null && (body.displayName().length() > FieldLimits.NAME_MAX
                || !FieldLimits.storable(body.displayName()))) {
            throw ChangeRejectedException.of(Kind.INVALID, "display_name", "text.length", "display_name must be at "
                    + "most " + FieldLimits.NAME_MAX + " characters, without NUL or lone surrogates");
        }
        return Connection.<Connection>find("tenant = ?1 and id = ?2", tenant, body.connectionId()).firstResult()
                .flatMap(connection -> {
                    if (connection == null) {
                        throw ChangeRejectedException.of(Kind.NOT_FOUND, "connection_id", "target.connection.unknown",
                                "no connection '" + body.connectionId() + "' for this tenant");
                    }
                    var vendor = Vendor.fromId(connection.vendor);
                    var address = new TargetAddress(connection.id, body.address(), body.settings());
                    List<Violation> violations = ValidationRules.checkTarget(new TargetProfile(id, vendor, address));
                    if (!violations.isEmpty()) {
                        throw new ChangeRejectedException(Kind.INVALID, violations);
                    }
                    return Target.<Target>find("tenant = ?1 and id = ?2", tenant, id).firstResult()
                            .flatMap(existing -> save(existing, tenant, id, vendor, body));
                })
                .map(TargetView::of);
    }

    private static Uni<Target> save(Target existing, String tenant, String id, Vendor vendor, TargetBody body) {
        var now = Instant.now();
        var row = existing != null ? existing : new Target();
        if (existing != null && !existing.vendor.equals(vendor.id())) {
            throw ChangeRejectedException.of(Kind.CONFLICT, "connection_id", "target.vendor.immutable",
                    "a target keeps its vendor; create a new target for another vendor");
        }
        row.tenant = tenant;
        row.id = id;
        row.vendor = vendor.id();
        row.connectionId = body.connectionId();
        row.address = body.address();
        row.settings = new String(Json.write(body.settings() == null ? Map.of() : body.settings()),
                StandardCharsets.UTF_8);
        row.displayName = body.displayName();
        row.updatedAt = now;
        if (existing == null) {
            row.createdAt = now;
            row.rowVersion = 1;
            return row.persist();
        }
        row.rowVersion++;
        return Uni.createFrom().item(row);
    }

    @GET
    @WithSession
    @Operation(summary = "List the tenant's targets")
    public Uni<List<TargetView>> list() {
        return Target.<Target>list("tenant", caller.tenant()).map(rows -> rows.stream().map(TargetView::of)
                .toList());
    }

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "Read a target")
    public Uni<TargetView> get(@PathParam("id") String id) {
        RequestParameters.id("path.id", id);
        return Target.<Target>find("tenant = ?1 and id = ?2", caller.tenant(), id).firstResult()
                .map(t -> {
                    if (t == null) {
                        throw new NotFoundException("no target '" + id + "'");
                    }
                    return TargetView.of(t);
                });
    }
}
