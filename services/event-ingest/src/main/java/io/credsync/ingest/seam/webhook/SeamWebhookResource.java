package io.credsync.ingest.seam.webhook;

import java.util.HashMap;
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

import io.credsync.ingest.seam.SeamConnections;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code POST /webhooks/seam/{connectionId}}: Seam's webhooks, sent through Svix. The body is taken as raw bytes
 * because the signature covers them exactly. Not proven authentic: 401. Handled, deduplicated, ignored or parked on
 * the dead-letter topic: 204. Could not be handled now: 503, and Svix retries. The body is never logged.
 */
@Path("/webhooks/seam/{connectionId}")
public class SeamWebhookResource {

    private static final Logger LOG = Logger.getLogger(SeamWebhookResource.class);

    private final SeamConnections connections;
    private final SeamWebhookReceiver receiver;

    public SeamWebhookResource(SeamConnections connections, SeamWebhookReceiver receiver) {
        this.connections = connections;
        this.receiver = receiver;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Blocking
    public Response receive(@PathParam("connectionId") String connectionId, @Context HttpHeaders headers,
            byte[] body) {
        var connection = connections.find(connectionId);
        if (connection.isEmpty()) {
            return Problem.unauthorized("unknown connection");
        }
        SvixVerifier.Verified message;
        try {
            message = connection.get().webhooks().verify(svixHeaders(headers), body == null ? new byte[0] : body);
        } catch (WebhookRejected e) {
            LOG.warnf("rejected a Seam webhook for %s: %s", connectionId, e.getMessage());
            return Problem.unauthorized(e.getMessage());
        }
        try {
            receiver.receive(connectionId, message, body);
            return Response.noContent().build();
        } catch (Exception e) {
            LOG.warnf("could not handle Seam webhook %s for %s now, Svix will retry: %s", message.messageId(),
                    connectionId, e.toString());
            return Problem.unavailable("the webhook could not be handled now; retry later");
        }
    }

    private static Map<String, String> svixHeaders(HttpHeaders headers) {
        var svix = new HashMap<String, String>();
        for (String name : new String[]{"svix-id", "svix-timestamp", "svix-signature"}) {
            String value = headers.getHeaderString(name); // case-insensitive
            if (value != null) {
                svix.put(name, value);
            }
        }
        return svix;
    }
}
