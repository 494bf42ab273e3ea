package io.credsync.registry.connection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.credsync.model.json.CredsyncJson;
import io.credsync.registry.request.RequestParameters;
import io.credsync.registry.security.CallerContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Vendor connections of the caller's tenant, defined here once: every change is published (without secrets) on
 * {@code credsync.connections.v1}, which the dispatchers and event-ingest follow. The API key itself never passes
 * here, only the name of the secret that holds it.
 */
@Path("/v1/connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "connections")
public class ConnectionResource {

    /**
     * @param options vendor-specific settings, string to string (e.g. Seam's {@code webhook_secret_refs}); they are
     *        published to every runtime, so they hold references to secrets, never secrets
     */
    @CredsyncJson
    public record ConnectionBody(String vendor, String baseUrl, String secretRef, Integer rateLimitPerSecond,
            Map<String, String> options) {
    }

    /** @param revision bumped by every change; the revision published on {@code credsync.connections.v1} */
    @CredsyncJson
    public record ConnectionView(String id, String vendor, String baseUrl, String secretRef, int rateLimitPerSecond,
            Map<String, String> options, long revision, Instant createdAt, Instant updatedAt) {
        static ConnectionView of(Connection c) {
            return new ConnectionView(c.id, c.vendor, c.baseUrl, c.secretRef, c.rateLimitPerSecond,
                    ConnectionOptions.read(c.options), c.rowVersion, c.createdAt, c.updatedAt);
        }
    }

    private final CallerContext caller;
    private final ConnectionWriter writer;

    public ConnectionResource(CallerContext caller, ConnectionWriter writer) {
        this.caller = caller;
        this.writer = writer;
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Create or replace a vendor connection", description = "The API key itself never passes "
            + "here, only the name of the secret that holds it (secret_ref); options hold references, never secrets. "
            + "The connection is published on credsync.connections.v1; a connection keeps its vendor (409).")
    public Uni<ConnectionView> put(@PathParam("id") String id, ConnectionBody body) {
        RequestParameters.id("path.id", id);
        ConnectionRules.check(body);
        return writer.put(caller.tenant(), id, body)
                .map(ConnectionView::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a vendor connection", description = "Refused (409 connection.in_use) while a target "
            + "uses it; otherwise deleted, and a tombstone on credsync.connections.v1 removes it from every runtime.")
    public Uni<Void> delete(@PathParam("id") String id) {
        RequestParameters.id("path.id", id);
        return writer.delete(caller.tenant(), id);
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
                        throw new NotFoundException("no connection '" + id + "'");
                    }
                    return ConnectionView.of(c);
                });
    }
}
