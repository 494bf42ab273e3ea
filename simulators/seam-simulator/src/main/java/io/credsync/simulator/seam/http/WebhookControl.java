package io.credsync.simulator.seam.http;

import java.util.List;

import io.credsync.simulator.kit.http.ControlRoutes;
import io.credsync.simulator.seam.webhook.Webhooks;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** {@code /_control/webhook}: endpoint, secrets, retry scale, pause/resume, deliveries. */
final class WebhookControl {

    private final Webhooks webhooks;

    WebhookControl(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    void register(ControlRoutes routes) {
        routes.onJson(HttpMethod.GET, "/webhook", (ctx, body) -> describe());
        routes.onJson(HttpMethod.PUT, "/webhook", (ctx, body) -> configure(body));
        routes.onJson(HttpMethod.POST, "/webhook/pause", (ctx, body) -> {
            webhooks.pause();
            return describe();
        });
        routes.onJson(HttpMethod.POST, "/webhook/resume", (ctx, body) -> {
            webhooks.resume();
            return describe();
        });
        routes.onJson(HttpMethod.GET, "/webhook/deliveries", (ctx, body) -> deliveries());
    }

    private JsonObject describe() {
        return new JsonObject()
                .put("url", webhooks.endpoint().orElse(null))
                .put("secrets", new JsonArray(List.copyOf(webhooks.secrets())))
                .put("paused", webhooks.paused())
                .put("retry_scale", webhooks.retryScale())
                .put("retry_schedule_ms", new JsonArray(Webhooks.SVIX_SCHEDULE.stream()
                        .map(d -> (long) (d.toMillis() * webhooks.retryScale())).toList()));
    }

    /** Applies the fields present: {@code url} (null stops sending), {@code secret}, {@code rotate_secret}, ... */
    private JsonObject configure(JsonObject body) {
        if (body.containsKey("url")) {
            webhooks.endpoint(body.getString("url"));
        }
        if (body.containsKey("secret")) {
            webhooks.secret(body.getString("secret"));
        }
        if (body.containsKey("rotate_secret")) {
            webhooks.rotateSecret(body.getString("rotate_secret"));
        }
        if (body.containsKey("retry_scale")) {
            webhooks.retryScale(body.getDouble("retry_scale"));
        }
        return describe();
    }

    private JsonObject deliveries() {
        JsonArray list = new JsonArray();
        webhooks.deliveries().forEach(d -> list.add(d.toJson()));
        return new JsonObject().put("deliveries", list);
    }
}
