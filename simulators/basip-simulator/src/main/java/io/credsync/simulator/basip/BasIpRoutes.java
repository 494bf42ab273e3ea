package io.credsync.simulator.basip;

import java.util.function.BiFunction;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.VendorEndpoint;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Installs every panel's API under {@code /panels/:panel}. Nothing listens at an unknown panel's address: its
 * requests lose their connection. Each endpoint: the kit counts it and applies faults (scoped by panel, which is how
 * a panel is taken offline), then the operation runs under the simulator's lock and answers in the panel's error
 * shape.
 */
final class BasIpRoutes {

    private static final BasIpErrors ERRORS = new BasIpErrors();

    private BasIpRoutes() {
    }

    static void install(Router router, SimulatorState state) {
        BasIpApi api = new BasIpApi(state);
        router.route("/panels/:panel/api/*").handler(BodyHandler.create(false));
        router.route("/panels/:panel/api/*").handler(ctx -> {
            if (state.find(ctx.pathParam("panel")).isEmpty()) {
                Answer.drop(ctx);
            } else {
                ctx.next();
            }
        });
        add(router, state, HttpMethod.GET, BasIpPaths.LOGIN, api::login);
        add(router, state, HttpMethod.POST, BasIpPaths.LINK_ITEMS, api::upsert);
        add(router, state, HttpMethod.GET, BasIpPaths.LINK_ITEMS, api::read);
        add(router, state, HttpMethod.POST, BasIpPaths.LINK_DELETE, api::delete);
    }

    private static void add(Router router, SimulatorState state, HttpMethod method, String template,
            BiFunction<RoutingContext, Panel, Answer> operation) {
        router.route(method, BasIpPaths.route(template)).handler(new VendorEndpoint(state.mechanism, ERRORS,
                template, ctx -> ctx.pathParam("panel"), ctx -> state.locked(() -> {
                    Panel panel = state.panel(ctx.pathParam("panel"));
                    try {
                        return operation.apply(ctx, panel);
                    } catch (PanelException e) {
                        return e.answer(panel.settings().errorShape());
                    }
                })));
    }
}
