package io.credsync.simulator.intserv;

import java.util.function.Function;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.CodedErrorAnswers;
import io.credsync.simulator.kit.http.VendorEndpoint;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Installs the Access API: the kit counts each request and applies faults, then the operation answers. */
final class IntServRoutes {

    private static final CodedErrorAnswers ERRORS = new CodedErrorAnswers();

    private IntServRoutes() {
    }

    static void install(Router router, SimulatorState state) {
        IntServApi api = new IntServApi(state);
        router.route("/v1/*").handler(BodyHandler.create(false));
        add(router, state, IntServPaths.ADD, api::add);
        add(router, state, IntServPaths.REMOVE, api::remove);
        add(router, state, IntServPaths.STATUS, api::status);
        add(router, state, IntServPaths.LEVELS_LIST, api::levels);
        add(router, state, IntServPaths.LEVELS_GET, api::levels);
    }

    private static void add(Router router, SimulatorState state, String path,
            Function<RoutingContext, Answer> operation) {
        router.route(HttpMethod.POST, path).handler(new VendorEndpoint(state.mechanism, ERRORS, path, null, ctx -> {
            try {
                return operation.apply(ctx);
            } catch (ApiException e) {
                return e.answer();
            }
        }));
    }
}
