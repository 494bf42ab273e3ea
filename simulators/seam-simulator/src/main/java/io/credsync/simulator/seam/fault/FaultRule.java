package io.credsync.simulator.seam.fault;

import java.time.Duration;
import java.util.Locale;

import io.vertx.core.json.JsonObject;

/**
 * An injected fault: its kind, the route it applies to ({@code null} = every API route), how many more requests it
 * hits ({@code -1} = until cleared), and its parameters: {@code status} for server errors, {@code delay} for slow
 * answers and delayed timeouts-after-write, {@code retryAfter} for 429s.
 */
public record FaultRule(String id, FaultKind kind, String route, int remaining, int status, Duration delay,
        Duration retryAfter) {

    public boolean matches(String path) {
        return route == null || route.equals(path);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("id", id)
                .put("kind", kind.name().toLowerCase(Locale.ROOT))
                .put("route", route)
                .put("remaining", remaining);
        if (kind == FaultKind.SERVER_ERROR) {
            json.put("status", status);
        }
        if (delay != null) {
            json.put("delay_ms", delay.toMillis());
        }
        if (retryAfter != null) {
            json.put("retry_after_seconds", retryAfter.toSeconds());
        }
        return json;
    }

    FaultRule consumeOne() {
        return new FaultRule(id, kind, route, remaining < 0 ? remaining : remaining - 1, status, delay, retryAfter);
    }
}
