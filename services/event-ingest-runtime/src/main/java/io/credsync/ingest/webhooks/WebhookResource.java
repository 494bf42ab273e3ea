package io.credsync.ingest.webhooks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.credsync.ingest.vendors.HostedVendors;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.events.WebhookHandler;
import io.credsync.vendor.spi.events.WebhookHandler.WebhookAnswer;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code POST /webhooks/{vendor}/{connection}} (or {@code /webhooks/{vendor}/{tenant}/{connection}} when several
 * tenants use the same connection id): a hosted vendor's webhooks, verified and handled by its
 * {@link WebhookHandler}. The body is taken as raw bytes because signatures cover them exactly. Unknown vendor: 404;
 * unknown connection: 401; could not be handled now (including while the connections are still being read): 503, and
 * the sender retries. The body is never logged.
 */
@Path("/webhooks/{vendor}")
public class WebhookResource {

    private static final Logger LOG = Logger.getLogger(WebhookResource.class);

    private final HostedVendors vendors;
    private final FollowedConnections connections;

    public WebhookResource(HostedVendors vendors, FollowedConnections connections) {
        this.vendors = vendors;
        this.connections = connections;
    }

    @POST
    @Path("{connection}")
    @Consumes(MediaType.WILDCARD)
    @Blocking
    public Response receive(@PathParam("vendor") String vendor, @PathParam("connection") String connection,
            @Context HttpHeaders headers, byte[] body) {
        return receive(vendor, null, connection, headers, body);
    }

    @POST
    @Path("{tenant}/{connection}")
    @Consumes(MediaType.WILDCARD)
    @Blocking
    public Response receive(@PathParam("vendor") String vendor, @PathParam("tenant") String tenant,
            @PathParam("connection") String connection, @Context HttpHeaders headers, byte[] body) {
        var hosted = vendors.find(vendor);
        var handler = hosted.flatMap(h -> h.side().webhooks());
        if (handler.isEmpty()) {
            return Problem.of("not-found", "Not found", 404, "no such resource");
        }
        if (!connections.isCaughtUp()) {
            return Problem.unavailable("the connections are still being read; retry later");
        }
        var matches = connections.withId(hosted.get().vendor(), connection).stream()
                .filter(c -> tenant == null || c.tenant().equals(tenant))
                .toList();
        if (matches.size() != 1) {
            return Problem.unauthorized(matches.isEmpty()
                    ? "unknown connection"
                    : "the connection id is used by several tenants: post to /webhooks/<vendor>/<tenant>/<id>");
        }
        return answer(handler.get(), matches.get(0), headers, body == null ? new byte[0] : body);
    }

    private static Response answer(WebhookHandler handler, VendorConnection connection, HttpHeaders headers,
            byte[] body) {
        WebhookAnswer answer;
        try {
            answer = handler.receive(connection, lowerCase(headers), body);
        } catch (Exception e) {
            LOG.warnf("could not handle a webhook for %s now, the sender will retry: %s", connection, e.toString());
            return Problem.unavailable("the webhook could not be handled now; retry later");
        }
        if (answer.status() >= 200 && answer.status() < 300) {
            return Response.status(answer.status()).build();
        }
        LOG.warnf("refused a webhook for %s: %s", connection, answer.detail());
        return answer.status() == 401
                ? Problem.unauthorized(answer.detail())
                : Problem.of(answer.problemType(), "Webhook refused", answer.status(), answer.detail());
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        var lower = new HashMap<String, String>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                lower.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return lower;
    }
}
