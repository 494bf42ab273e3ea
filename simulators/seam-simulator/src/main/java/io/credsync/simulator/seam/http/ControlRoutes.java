package io.credsync.simulator.seam.http;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.api.SeamApiException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code /_control}: the Java control API over HTTP, without auth, for the local stack and tests in other processes.
 * Answers JSON; a bad request is 400 and an unknown id 404, both as {@code {"error": "..."}}.
 */
final class ControlRoutes {

    static final String PREFIX = "/_control";

    private final Router router;
    private final BodyHandler bodies;

    private ControlRoutes(Router router, BodyHandler bodies) {
        this.router = router;
        this.bodies = bodies;
    }

    static void install(Router router, SeamSimulation sim, BodyHandler bodies) {
        ControlRoutes routes = new ControlRoutes(router, bodies);
        new WorkspaceControl(sim).register(routes);
        new WebhookControl(sim.webhooks()).register(routes);
        new FaultControl(sim).register(routes);
    }

    void on(HttpMethod method, String path, BiFunction<RoutingContext, JsonObject, JsonObject> action) {
        router.route(method, PREFIX + path).handler(bodies).handler(ctx -> {
            try {
                Responses.json(ctx, 200, action.apply(ctx, body(ctx)));
            } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
                Responses.json(ctx, 400, error(e.getMessage()));
            } catch (NoSuchElementException e) {
                Responses.json(ctx, 404, error(e.getMessage()));
            } catch (SeamApiException e) {
                Responses.json(ctx, e.status(), error(e.getMessage()));
            }
        });
    }

    static String required(JsonObject body, String field) {
        String value = body.getString(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static List<String> strings(JsonObject body, String field) {
        JsonArray array = body.getJsonArray(field, new JsonArray());
        return array.stream().map(String::valueOf).toList();
    }

    private static JsonObject body(RoutingContext ctx) {
        var raw = ctx.body().buffer();
        return raw == null || raw.length() == 0 ? new JsonObject() : raw.toJsonObject();
    }

    private static JsonObject error(String message) {
        return new JsonObject().put("error", message);
    }
}
