package io.credsync.simulator.seam.http;

import io.credsync.simulator.seam.SeamSimulation;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Installs the simulator on a Vert.x Web router: the Seam API routes (the methods the OpenAPI lists with a JSON
 * body) and {@code /_control}. Used by {@code SeamSimulator} (embedded) and by the Quarkus app (standalone).
 */
public final class SeamRoutes {

    private static final long BODY_LIMIT = 1024 * 1024;

    private SeamRoutes() {
    }

    public static void install(Router router, SeamSimulation sim) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        for (ApiRoute route : ApiRoutes.of(sim)) {
            ApiRequestHandler handler = new ApiRequestHandler(route, sim);
            for (HttpMethod method : route.methods()) {
                router.route(method, route.path()).handler(bodies).handler(handler);
            }
        }
        ControlRoutes.install(router, sim, bodies);
    }
}
