package io.credsync.ingest.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.credsync.support.http.RequestLimits;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every other error answer as problem+json: unknown paths and methods, bodies and URIs over the limits (checked by
 * a filter, so Vert.x's empty 413/414 is only the last resort beyond {@code quarkus.http.limits}), and failures.
 */
@ApplicationScoped
public class HttpProblems {

    /** Vendor events are a few KB (Seam's); a sender retries what we refuse, so the limit stays well above them. */
    static final long MAX_BODY = 256 * 1024;
    static final int MAX_URI = 4096;
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    void limits(@Observes Filters filters) {
        filters.register(this::checkLimits, 1000);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of("not-found", "Not found", 404, "no such resource");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return Problem.of("method-not-allowed", "Method not allowed", 405, "webhooks are POSTed");
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 500
                ? internal(e)
                : Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                        e.getResponse().getStatusInfo().getReasonPhrase());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 200)
    public Response internal(Throwable e) {
        LOG.error("unexpected error answered as 500", e);
        return Problem.of("internal", "Internal error", 500, "an unexpected error occurred; it has been logged");
    }

    private void checkLimits(RoutingContext ctx) {
        var exceeded = RequestLimits.check(ctx.request().uri(), ctx.request().getHeader("Content-Length"), MAX_URI,
                MAX_BODY);
        if (exceeded.isEmpty()) {
            ctx.next();
        } else if (exceeded.get().limit() == RequestLimits.Broken.URI) {
            send(ctx, 414, "uri-too-long", "The URI is too long", "the request target is longer than " + MAX_URI
                    + " characters");
        } else {
            send(ctx, 413, "body-too-large", "The body is too large", "the body is larger than " + MAX_BODY
                    + " bytes");
        }
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        switch (status) {
            case 404 -> send(ctx, 404, "not-found", "Not found", "no such resource");
            case 405 -> send(ctx, 405, "method-not-allowed", "Method not allowed", "webhooks are POSTed");
            case 413 -> send(ctx, 413, "body-too-large", "The body is too large", "the body is too large");
            case 414 -> send(ctx, 414, "uri-too-long", "The URI is too long", "the request target is too long");
            default -> {
                if (status >= 400 && status < 500) {
                    send(ctx, status, "http-" + status, "Refused", "the request was refused");
                } else {
                    LOG.error("unexpected failure answered as 500", ctx.failure());
                    send(ctx, 500, "internal", "Internal error", "an unexpected error occurred; it has been logged");
                }
            }
        }
    }

    private static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Buffer.buffer(Problem.body(slug, title, status, detail)));
    }
}
