package io.credsync.simulator.seam.http;

import java.util.Locale;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.VendorOperation;
import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.api.SeamApiException;
import io.credsync.simulator.seam.api.ValidationErrors;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * One API request once the kit has counted it and applied faults, in Seam's order: API key, rate limit, body parse
 * and schema check, then the operation; success answers {@code {..., "ok": true}}, errors Seam's error body.
 */
final class ApiRequestHandler implements VendorOperation {

    private static final System.Logger LOG = System.getLogger(ApiRequestHandler.class.getName());

    private final ApiRoute route;
    private final SeamSimulation sim;
    private final SeamErrors errors;

    ApiRequestHandler(ApiRoute route, SeamSimulation sim, SeamErrors errors) {
        this.route = route;
        this.sim = sim;
        this.errors = errors;
    }

    @Override
    public Answer apply(RoutingContext ctx) {
        try {
            authenticate(ctx);
            if (route.write()) {
                var wait = sim.rateLimit().acquire(sim.clock().instant());
                if (wait.isPresent()) {
                    return errors.rateLimited(wait.get());
                }
            }
            JsonObject body = parse(ctx);
            String method = ctx.request().method().name().toLowerCase(Locale.ROOT);
            ValidationErrors invalid = sim.validator().validate(route.path(), method, body, sim.rejectUnknownFields());
            invalid.throwIfAny();
            return Answer.json(200, route.operation().apply(body, pageUrl(ctx)).put("ok", true));
        } catch (SeamApiException e) {
            return SeamErrors.api(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + route.path(), e);
            return SeamErrors.api(new SeamApiException(500, "internal_server_error", String.valueOf(e.getMessage()),
                    null));
        }
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
}
