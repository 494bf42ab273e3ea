package io.credsync.simulator.jetstream;

import java.util.function.Function;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import static io.credsync.simulator.jetstream.JetstreamPaths.CREDENTIALS_BASIC;
import static io.credsync.simulator.jetstream.JetstreamPaths.CREDENTIALS_SYNC;
import static io.credsync.simulator.jetstream.JetstreamPaths.EVENTS;
import static io.credsync.simulator.jetstream.JetstreamPaths.EVENTS_WITH_LIMIT;

/** Installs the vendor endpoints under {@code /3} on a router. */
final class JetstreamRoutes {

    private JetstreamRoutes() {
    }

    static void install(Router router, SimulatorState state) {
        JetstreamApi credentials = new JetstreamApi(state);
        EventsApi events = new EventsApi(state.events);
        router.route("/3/*").handler(BodyHandler.create());

        Routes routes = new Routes(router, state);
        routes.add(HttpMethod.GET, CREDENTIALS_BASIC, ctx -> credentials.storedCredentials(device(ctx)));
        routes.add(HttpMethod.POST, CREDENTIALS_BASIC, ctx -> credentials.addCredentials(device(ctx), body(ctx)));
        routes.add(HttpMethod.PUT, CREDENTIALS_BASIC,
                ctx -> credentials.replaceCredentials(device(ctx), body(ctx)));
        routes.add(HttpMethod.DELETE, CREDENTIALS_BASIC,
                ctx -> credentials.removeCredentials(device(ctx), body(ctx)));
        // PATCH stands in for DELETE, for clients that cannot send a body with DELETE
        routes.add(HttpMethod.PATCH, CREDENTIALS_BASIC,
                ctx -> credentials.removeCredentials(device(ctx), body(ctx)));
        routes.add(HttpMethod.POST, CREDENTIALS_SYNC, ctx -> credentials.sync(device(ctx)));
        routes.add(HttpMethod.GET, CREDENTIALS_SYNC, ctx -> credentials.lastSync(device(ctx)));
        routes.add(HttpMethod.GET, EVENTS_WITH_LIMIT, ctx -> events.read(ctx.pathParam("limit"), ctx.queryParams()));
        routes.add(HttpMethod.GET, EVENTS, ctx -> events.read(null, ctx.queryParams()));
        routes.add(HttpMethod.DELETE, EVENTS, ctx -> events.acknowledge(body(ctx)));
        routes.add(HttpMethod.PATCH, EVENTS, ctx -> events.acknowledge(body(ctx)));
    }

    private static Buffer body(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        return body == null ? Buffer.buffer() : body;
    }

    private static String device(RoutingContext ctx) {
        return ctx.pathParam("DeviceName");
    }

    private record Routes(Router router, SimulatorState state) {

        void add(HttpMethod method, String template, Function<RoutingContext, ApiResponse> operation) {
            router.route(method, JetstreamPaths.route(template))
                    .handler(new VendorEndpoint(state, template, operation));
        }
    }
}
