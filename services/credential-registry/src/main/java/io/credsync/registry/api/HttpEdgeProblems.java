package io.credsync.registry.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.credsync.model.json.Json;
import io.credsync.support.http.RequestLimits;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problems for what is refused before JAX-RS runs: URIs and bodies over the limits (checked by a filter, so that
 * Vert.x's own empty 413/414 is only the last resort for requests beyond {@code quarkus.http.limits}), failed
 * proactive authentication, and any other failure that reaches the router.
 */
@ApplicationScoped
public class HttpEdgeProblems {

    /** Longest accepted request target (path and query); Vert.x's own line limit is set above it. */
    public static final int MAX_URI = 4096;
    /** Body limit of every endpoint but bulk. */
    public static final long MAX_BODY = 256 * 1024;
    /** Body limit of {@code POST /v1/credentials/bulk}: 10,000 items; equals quarkus.http.limits.max-body-size. */
    public static final long MAX_BULK_BODY = 8 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(HttpEdgeProblems.class);

    void limits(@Observes Filters filters) {
        filters.register(this::checkLimits, 1000);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void checkLimits(RoutingContext ctx) {
        var request = ctx.request();
        long limit = request.path().equals("/v1/credentials/bulk") ? MAX_BULK_BODY : MAX_BODY;
        var exceeded = RequestLimits.check(request.uri(), request.getHeader("Content-Length"), MAX_URI, limit);
        if (exceeded.isEmpty()) {
            ctx.next();
            return;
        }
        send(ctx, exceeded.get().limit() == RequestLimits.Broken.URI
                ? Problem.of(ProblemType.URI_TOO_LONG, "the request target is longer than " + MAX_URI
                        + " characters", "uri", "http.uri.length")
                : Problem.of(ProblemType.BODY_TOO_LARGE, "the body is larger than " + limit + " bytes", "body",
                        "http.body.size"));
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        Problem problem;
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problem = Problem.of(ProblemType.UNAUTHORIZED, "the bearer token is missing, expired, or not signed by "
                    + "a trusted issuer", "Authorization", "auth.bearer_token");
        } else if (failure instanceof ForbiddenException) {
            problem = Problem.of(ProblemType.FORBIDDEN, "the token does not allow this", "Authorization",
                    "auth.permission");
        } else {
            problem = byStatus(ctx.statusCode(), failure);
        }
        send(ctx, problem);
    }

    private static Problem byStatus(int status, Throwable failure) {
        var type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.BODY_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type != null) {
            return Problem.of(type, type == ProblemType.BODY_TOO_LARGE
                    ? "the body is larger than " + MAX_BULK_BODY + " bytes"
                    : type.title(), null);
        }
        if (status >= 400 && status < 500) {
            return Problem.of("http-" + status, "Refused", status, "the request was refused", null);
        }
        LOG.error("unexpected failure answered as 500", failure);
        return Problem.of(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged", null);
    }

    static void send(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Buffer.buffer(Json.write(problem)));
    }
}
