package io.credsync.simulator.seam.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.api.SeamApiException;
import io.credsync.simulator.seam.api.ValidationErrors;
import io.credsync.simulator.seam.fault.FaultRule;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * One API request, in Seam's order: request id and count, injected fault, API key, rate limit, body parse and
 * schema check, then the operation; success answers {@code {..., "ok": true}}, errors Seam's error body.
 */
final class ApiRequestHandler implements Handler<RoutingContext> {

    static final String REQUEST_ID_HEADER = "seam-request-id";
    private static final System.Logger LOG = System.getLogger(ApiRequestHandler.class.getName());

    private final ApiRoute route;
    private final SeamSimulation sim;

    ApiRequestHandler(ApiRoute route, SeamSimulation sim) {
        this.route = route;
        this.sim = sim;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader(REQUEST_ID_HEADER, "req_" + UUID.randomUUID().toString().replace("-", ""));
        sim.counts().increment(route.path());
        Optional<FaultRule> fault = sim.faults().take(route.path());
        if (fault.isEmpty()) {
            answer(ctx, null);
            return;
        }
        FaultRule rule = fault.get();
        switch (rule.kind()) {
            case DROP_CONNECTION -> Responses.drop(ctx);
            case SERVER_ERROR -> Responses.json(ctx, rule.status(), new SeamApiException(rule.status(),
                    "internal_server_error", "Simulated server error (fault " + rule.id() + ")", null).body());
            case RATE_LIMITED -> tooManyRequests(ctx, rule.retryAfter());
            case SLOW -> ctx.vertx().setTimer(Math.max(1, rule.delay().toMillis()), id -> answer(ctx, null));
            case TIMEOUT_AFTER_WRITE -> answer(ctx, rule);
        }
    }

    private void answer(RoutingContext ctx, FaultRule timeoutAfterWrite) {
        int status;
        JsonObject body;
        try {
            body = execute(ctx).put("ok", true);
            status = 200;
        } catch (RateLimited e) {
            tooManyRequests(ctx, e.retryAfter);
            return;
        } catch (SeamApiException e) {
            body = e.body();
            status = e.status();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + route.path(), e);
            body = new SeamApiException(500, "internal_server_error", String.valueOf(e.getMessage()), null).body();
            status = 500;
        }
        if (timeoutAfterWrite == null) {
            Responses.json(ctx, status, body);
        } else if (timeoutAfterWrite.delay() == null) {
            Responses.drop(ctx);
        } else {
            int answeredStatus = status;
            JsonObject answeredBody = body;
            ctx.vertx().setTimer(Math.max(1, timeoutAfterWrite.delay().toMillis()),
                    id -> Responses.json(ctx, answeredStatus, answeredBody));
        }
    }

    private JsonObject execute(RoutingContext ctx) {
        authenticate(ctx);
        if (route.write()) {
            sim.rateLimit().acquire(sim.clock().instant()).ifPresent(wait -> {
                throw new RateLimited(wait);
            });
        }
        JsonObject body = parse(ctx);
        String method = ctx.request().method().name().toLowerCase(Locale.ROOT);
        ValidationErrors errors = sim.validator().validate(route.path(), method, body, sim.rejectUnknownFields());
        errors.throwIfAny();
        return route.operation().apply(body, pageUrl(ctx));
    }

    private void authenticate(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("authorization");
        if (authorization == null) {
            throw SeamApiException.unauthorized("No Authorization header");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw SeamApiException.unauthorized("No token provided");
        }
        if (!authorization.substring(7).trim().equals(sim.apiKey())) {
            throw SeamApiException.unauthorized("API Key not found");
        }
    }

    private static JsonObject parse(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        if (raw == null || raw.length() == 0 || raw.toString().isBlank()) {
            return new JsonObject();
        }
        String contentType = ctx.request().getHeader("content-type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("application/json")) {
            throw SeamApiException.badRequest("invalid_content_type",
                    ctx.request().method().name()
                            + " requests must have Content-Type header with \"application/json\"");
        }
        try {
            Object value = Json.decodeValue(raw);
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            // answered below
        }
        throw SeamApiException.badRequest("invalid_input", "Error while parsing input");
    }

    private static String pageUrl(RoutingContext ctx) {
        String uri = ctx.request().absoluteURI();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private void tooManyRequests(RoutingContext ctx, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ctx.response().putHeader("retry-after", Long.toString(seconds));
        Responses.json(ctx, 429, new SeamApiException(429, "rate_limited",
                "Too many requests, retry after " + seconds + " s", null).body());
    }

    /** A write over the rate limit. */
    private static final class RateLimited extends RuntimeException {

        private final transient Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super(null, null, false, false);
            this.retryAfter = retryAfter;
        }
    }
}
