package io.credsync.simulator.seam.http;

import java.util.UUID;

import io.credsync.simulator.kit.fault.FaultJson;
import io.credsync.simulator.kit.http.ControlRoutes;
import io.credsync.simulator.kit.http.VendorEndpoint;
import io.credsync.simulator.seam.SeamSimulation;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Installs the simulator on a Vert.x Web router: the Seam API routes (the methods the OpenAPI lists with a JSON
 * body), each counted and faulted by the kit, and {@code /_control}: the kit's routes plus the workspace, webhook and
 * rate limit ones.
 */
public final class SeamRoutes {

    static final String REQUEST_ID_HEADER = "seam-request-id";
    private static final long BODY_LIMIT = 1024 * 1024;

    private SeamRoutes() {
    }

    public static void install(Router router, SeamSimulation sim) {
        SeamErrors errors = new SeamErrors();
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        for (ApiRoute route : ApiRoutes.of(sim)) {
            VendorEndpoint endpoint = new VendorEndpoint(sim.mechanism(), errors, route.path(), null,
                    new ApiRequestHandler(route, sim, errors));
            for (HttpMethod method : route.methods()) {
                router.route(method, route.path()).handler(bodies).handler(SeamRoutes::requestId).handler(endpoint);
            }
        }
        ControlRoutes control = ControlRoutes.install(router, errors)
                .mechanism(sim.mechanism(), new FaultJson(null), sim::reset);
        new WorkspaceControl(sim).register(control);
        new WebhookControl(sim.webhooks()).register(control);
        new RateLimitControl(sim.rateLimit()).register(control);
    }

    /** Every answer carries a request id, faults included. */
    private static void requestId(RoutingContext ctx) {
        ctx.response().putHeader(REQUEST_ID_HEADER, "req_" + UUID.randomUUID().toString().replace("-", ""));
        ctx.next();
    }
}
