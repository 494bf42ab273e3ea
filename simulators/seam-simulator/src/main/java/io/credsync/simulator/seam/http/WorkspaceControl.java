package io.credsync.simulator.seam.http;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import io.credsync.simulator.kit.http.ControlRoutes;
import io.credsync.simulator.seam.SeamSimulation;
import io.credsync.simulator.seam.workspace.ExternalTypes;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code /_control} for the workspace: fixtures, the access systems' behaviour, inspection, counts, reset. */
final class WorkspaceControl {

    private final SeamSimulation sim;

    WorkspaceControl(SeamSimulation sim) {
        this.sim = sim;
    }

    void register(ControlRoutes routes) {
        routes.onJson(HttpMethod.GET, "/workspace", (ctx, body) -> workspace());
        routes.onJson(HttpMethod.POST, "/acs_systems", (ctx, body) -> addSystem(body));
        routes.onJson(HttpMethod.POST, "/acs_systems/:id/entrances", this::addEntrance);
        routes.onJson(HttpMethod.POST, "/acs_systems/:id/access_groups", this::addAccessGroup);
        routes.onJson(HttpMethod.PUT, "/acs_systems/:id/failing", this::setFailing);
        routes.onJson(HttpMethod.PUT, "/sync", (ctx, body) -> setSync(body));
        routes.onJson(HttpMethod.PUT, "/validation", (ctx, body) -> setValidation(body));
        routes.onJson(HttpMethod.GET, "/acs_credentials", (ctx, body) -> credentials());
        routes.onJson(HttpMethod.POST, "/acs_credentials/:id/invalidate", this::invalidate);
        routes.onJson(HttpMethod.GET, "/acs_users", (ctx, body) -> users());
        routes.onJson(HttpMethod.GET, "/events", (ctx, body) -> events());
    }

    JsonObject workspace() {
        JsonArray systems = new JsonArray();
        sim.acsSystems().forEach(s -> systems.add(s.toJson()));
        return new JsonObject()
                .put("workspace_id", sim.workspaceId())
                .put("connected_account_id", sim.connectedAccountId())
                .put("acs_systems", systems)
                .put("sync_delay_ms", sim.syncDelay().toMillis())
                .put("failing_acs_system_ids", new JsonArray(List.copyOf(sim.failingSystems())))
                .put("reject_unknown_fields", sim.rejectUnknownFields())
                .put("rate_limit_writes_per_minute", sim.rateLimit().writesPerMinute());
    }

    private JsonObject addSystem(JsonObject body) {
        String name = required(body, "name");
        String id = body.getString("acs_system_id", UUID.randomUUID().toString());
        String type = body.getString("external_type", ExternalTypes.DEFAULT_SYSTEM_TYPE);
        return sim.addAcsSystem(id, name, type, strings(body, "entrances"),
                strings(body, "access_groups")).toJson();
    }

    private JsonObject addEntrance(RoutingContext ctx, JsonObject body) {
        String id = sim.addAcsEntrance(systemId(ctx), body.getString("acs_entrance_id", UUID.randomUUID().toString()),
                required(body, "display_name"));
        return new JsonObject().put("acs_entrance_id", id);
    }

    private JsonObject addAccessGroup(RoutingContext ctx, JsonObject body) {
        String id = sim.addAcsAccessGroup(systemId(ctx),
                body.getString("acs_access_group_id", UUID.randomUUID().toString()),
                required(body, "name"));
        return new JsonObject().put("acs_access_group_id", id);
    }

    private JsonObject setFailing(RoutingContext ctx, JsonObject body) {
        String id = systemId(ctx);
        if (body.getBoolean("failing", true)) {
            sim.failSystem(id);
        } else {
            sim.recoverSystem(id);
        }
        return workspace();
    }

    private JsonObject setSync(JsonObject body) {
        sim.syncDelay(Duration.ofMillis(body.getLong("delay_ms", 0L)));
        return workspace();
    }

    private JsonObject setValidation(JsonObject body) {
        sim.rejectUnknownFields(body.getBoolean("reject_unknown_fields", false));
        return workspace();
    }

    private JsonObject credentials() {
        JsonArray list = new JsonArray();
        sim.credentials().forEach(c -> list.add(c.json().copy()
                .put("simulator_state", c.state().name().toLowerCase(Locale.ROOT))));
        return new JsonObject().put("acs_credentials", list);
    }

    private JsonObject invalidate(RoutingContext ctx, JsonObject body) {
        sim.invalidateCredential(ctx.pathParam("id"));
        return new JsonObject();
    }

    private JsonObject users() {
        JsonArray list = new JsonArray();
        sim.users().forEach(u -> list.add(u.json().copy()
                .put("simulator_state", u.state().name().toLowerCase(Locale.ROOT))));
        return new JsonObject().put("acs_users", list);
    }

    private JsonObject events() {
        JsonArray list = new JsonArray();
        sim.events().forEach(e -> list.add(e.json().copy()));
        return new JsonObject().put("events", list);
    }

    private String systemId(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (sim.acsSystem(id).isEmpty()) {
            throw new NoSuchElementException("no acs_system " + id);
        }
        return id;
    }

    private static String required(JsonObject body, String field) {
        String value = body.getString(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static List<String> strings(JsonObject body, String field) {
        return body.getJsonArray(field, new JsonArray()).stream().map(String::valueOf).toList();
    }
}
