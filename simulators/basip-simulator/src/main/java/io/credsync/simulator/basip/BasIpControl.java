package io.credsync.simulator.basip;

import java.util.NoSuchElementException;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.fault.FaultJson;
import io.credsync.simulator.kit.http.ControlRoutes;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The control API under {@code /_control} (no panel auth): the kit's faults (scoped by {@code panel}), counts, clock
 * and reset, plus the panels: create or change one, take it offline and back, expire its tokens, see its identifiers.
 */
final class BasIpControl {

    private final SimulatorState state;

    private BasIpControl(SimulatorState state) {
        this.state = state;
    }

    static void install(io.vertx.ext.web.Router router, SimulatorState state) {
        BasIpControl control = new BasIpControl(state);
        ControlRoutes.install(router, new BasIpErrors())
                .mechanism(state.mechanism, new FaultJson("panel"), state::reset)
                .on(HttpMethod.GET, "/panels", (ctx, body) -> Answer.json(200, new JsonArray(state.panels().stream()
                        .map(p -> p.toJson(state.isOnline(p))).toList())))
                .on(HttpMethod.PUT, "/panels/:panel", control::put)
                .on(HttpMethod.GET, "/panels/:panel", (ctx, body) -> control.show(control.existing(ctx)))
                .on(HttpMethod.DELETE, "/panels/:panel", (ctx, body) -> {
                    if (!state.remove(ctx.pathParam("panel"))) {
                        throw new NoSuchElementException("no panel " + ctx.pathParam("panel"));
                    }
                    return Answer.empty(204);
                })
                .on(HttpMethod.POST, "/panels/:panel/offline", (ctx, body) -> control.online(ctx, false))
                .on(HttpMethod.POST, "/panels/:panel/online", (ctx, body) -> control.online(ctx, true))
                .on(HttpMethod.POST, "/panels/:panel/tokens/expire", (ctx, body) -> {
                    Panel panel = control.existing(ctx);
                    state.locked(() -> {
                        panel.expireTokens();
                        return null;
                    });
                    return Answer.empty(204);
                });
    }

    /**
     * Body (optional): {@code {"wiegand_mode":"hex", "face_id_supported":false, "max_identifiers":10,
     * "error_shape":"door_controller", "administrator":false, "password":"…", "online":false}}; creates the panel if
     * needed.
     */
    private Answer put(RoutingContext ctx, JsonObject body) {
        String name = ctx.pathParam("panel");
        boolean created = state.find(name).isEmpty();
        Panel panel = state.panel(name);
        state.locked(() -> {
            panel.settings(panel.settings().with(body));
            return null;
        });
        if (body.containsKey("online")) {
            state.online(panel, body.getBoolean("online"));
        }
        return Answer.json(created ? 201 : 200, state.locked(() -> panel.toJson(state.isOnline(panel))));
    }

    private Answer online(RoutingContext ctx, boolean online) {
        Panel panel = existing(ctx);
        state.online(panel, online);
        return show(panel);
    }

    private Answer show(Panel panel) {
        return Answer.json(200, state.locked(() -> panel.toJson(state.isOnline(panel))));
    }

    private Panel existing(RoutingContext ctx) {
        return state.find(ctx.pathParam("panel"))
                .orElseThrow(() -> new NoSuchElementException("no panel " + ctx.pathParam("panel")));
    }
}
