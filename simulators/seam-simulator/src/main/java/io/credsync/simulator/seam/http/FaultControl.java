package io.credsync.simulator.seam.http;

import java.time.Duration;
import java.util.Locale;
import java.util.NoSuchElementException;

import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.fault.FaultKind;
import io.credsync.simulator.seam.fault.FaultRule;
import io.credsync.simulator.seam.fault.Faults;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** {@code /_control/faults} and {@code /_control/rate_limit}. */
final class FaultControl {

    private final SeamSimulation sim;

    FaultControl(SeamSimulation sim) {
        this.sim = sim;
    }

    void register(ControlRoutes routes) {
        routes.on(HttpMethod.GET, "/faults", (ctx, body) -> faults());
        routes.on(HttpMethod.POST, "/faults", (ctx, body) -> add(body).toJson());
        routes.on(HttpMethod.DELETE, "/faults", (ctx, body) -> {
            sim.faults().clear();
            return faults();
        });
        routes.on(HttpMethod.DELETE, "/faults/:id", (ctx, body) -> {
            if (!sim.faults().remove(ctx.pathParam("id"))) {
                throw new NoSuchElementException("no fault " + ctx.pathParam("id"));
            }
            return faults();
        });
        routes.on(HttpMethod.PUT, "/rate_limit", (ctx, body) -> {
            sim.rateLimit().writesPerMinute(body.getInteger("writes_per_minute", 0));
            return rateLimit();
        });
        routes.on(HttpMethod.DELETE, "/rate_limit", (ctx, body) -> {
            sim.rateLimit().off();
            return rateLimit();
        });
    }

    private JsonObject faults() {
        JsonArray list = new JsonArray();
        sim.faults().active().forEach(f -> list.add(f.toJson()));
        return new JsonObject().put("faults", list);
    }

    /** {@code {kind, route?, times?, status?, retry_after_seconds?, delay_ms?}}; no {@code times} = until cleared. */
    private FaultRule add(JsonObject body) {
        FaultKind kind = FaultKind.valueOf(ControlRoutes.required(body, "kind").toUpperCase(Locale.ROOT));
        String route = body.getString("route");
        Integer times = body.getInteger("times");
        Faults.Builder builder = times == null ? sim.faults().untilCleared() : sim.faults().next(times);
        Duration delay = body.containsKey("delay_ms") ? Duration.ofMillis(body.getLong("delay_ms")) : null;
        return switch (kind) {
            case SERVER_ERROR -> builder.serverError(route, body.getInteger("status", 500));
            case RATE_LIMITED -> builder.rateLimited(route,
                    Duration.ofSeconds(body.getLong("retry_after_seconds", 1L)));
            case SLOW -> builder.slow(route, delay == null ? Duration.ofSeconds(5) : delay);
            case DROP_CONNECTION -> builder.dropConnection(route);
            case TIMEOUT_AFTER_WRITE -> delay == null
                    ? builder.timeoutAfterWrite(route)
                    : builder.timeoutAfterWrite(route, delay);
        };
    }

    private JsonObject rateLimit() {
        return new JsonObject().put("writes_per_minute", sim.rateLimit().writesPerMinute());
    }
}
