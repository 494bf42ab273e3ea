package io.credsync.registry.connection;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.Vendor;
import io.credsync.model.json.CredsyncJson;
import io.credsync.model.validation.FieldLimits;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Vendor accounts of the caller's tenant. The API key itself never passes here, only the secret's name. */
@Path("/v1/connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "connections")
public class ConnectionResource {

    @CredsyncJson
    public record ConnectionBody(String vendor, String baseUrl, String secretRef, Integer rateLimitPerSecond) {
    }

    @CredsyncJson
    public record ConnectionView(String id, String vendor, String baseUrl, String secretRef, int rateLimitPerSecond,
            Instant createdAt, Instant updatedAt) {
        static ConnectionView of(Connection c) {
            return new ConnectionView(c.id, c.vendor, c.baseUrl, c.secretRef, c.rateLimitPerSecond, c.createdAt,
                    c.updatedAt);
        }
    }

    static final int MAX_RATE_LIMIT = 10_000;

    private final CallerContext caller;

    public ConnectionResource(CallerContext caller) {
        this.caller = caller;
    }

    @PUT
    @Path("{id}")
    @WithTransaction
    @Operation(summary = "Create or replace a vendor connection", description = "The API key itself never passes here, only the name of the secret that holds it.")
    public Uni<ConnectionView> put(@PathParam("id") String id, ConnectionBody body) {
        RequestParameters.id("path.id", id);
        validate(body);
        String tenant = caller.tenant();
        return Connection.<Connection>find("tenant = ?1 and id = ?2", tenant, id).firstResult()
                .flatMap(existing -> {
                    var now = Instant.now();
                    var row = existing != null ? existing : new Connection();
                    row.tenant = tenant;
                    row.id = id;
                    row.vendor = Vendor.fromId(body.vendor()).id();
                    row.baseUrl = body.baseUrl();
                    row.secretRef = body.secretRef();
                    row.rateLimitPerSecond = body.rateLimitPerSecond() == null ? 10 : body.rateLimitPerSecond();
                    row.updatedAt = now;
                    if (existing == null) {
                        row.createdAt = now;
                        row.rowVersion = 1;
                        return row.<Connection>persist();
                    }
                    row.rowVersion++;
                    return Uni.createFrom().item(row);
                })
                .map(ConnectionView::of);
    }

    @GET
    @WithSession
    @Operation(summary = "List the tenant's vendor connections")
    public Uni<List<ConnectionView>> list() {
        return Connection.<Connection>list("tenant", caller.tenant())
                .map(rows -> rows.stream().map(ConnectionView::of).toList());
    }

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "Read a vendor connection")
    public Uni<ConnectionView> get(@PathParam("id") String id) {
        RequestParameters.id("path.id", id);
        return Connection.<Connection>find("tenant = ?1 and id = ?2", caller.tenant(), id).firstResult()
                .map(c -> {
                    if (c == null) {
                        throw new jakarta.ws.rs.NotFoundException("no connection '" + id + "'");
                    }
                    return ConnectionView.of(c);
                });
    }

    private static void validate(ConnectionBody body) {
        var violations = new java.util.ArrayList<io.credsync.model.validation.Violation>();
        if (body == null || body.vendor() == null || java.util.Arrays.stream(Vendor.values())
                .noneMatch(v -> v.id().equalsIgnoreCase(body.vendor()))) {
            violations.add(new io.credsync.model.validation.Violation("vendor", null, "connection.vendor",
                    "vendor must be one of jetstream, seam, intserv, genetec, basip"));
        }
        if (body == null || body.baseUrl() == null || body.baseUrl().length() > FieldLimits.TEXT_MAX
                || !body.baseUrl().matches("^https?://[\\x21-\\x7E]+$")) {
            violations.add(new io.credsync.model.validation.Violation("base_url", null, "connection.base_url",
                    "base_url must be an http(s) URL of at most " + FieldLimits.TEXT_MAX
                            + " printable ASCII characters"));
        }
        if (body == null || !FieldLimits.isId(body.secretRef())) {
            violations.add(new io.credsync.model.validation.Violation("secret_ref", null, "connection.secret_ref",
                    "secret_ref must name the secret holding the API key (1-" + FieldLimits.ID_MAX
                            + " printable characters)"));
        }
        if (body != null && body.rateLimitPerSecond() != null && (body.rateLimitPerSecond() <= 0
                || body.rateLimitPerSecond() > MAX_RATE_LIMIT)) {
            violations.add(new io.credsync.model.validation.Violation("rate_limit_per_second", null,
                    "connection.rate_limit", "rate_limit_per_second must be 1-" + MAX_RATE_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new ChangeRejectedException(ChangeRejectedException.Kind.INVALID, violations);
        }
    }
}
