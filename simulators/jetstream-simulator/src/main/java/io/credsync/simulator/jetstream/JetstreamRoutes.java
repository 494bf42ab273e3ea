package io.credsync.simulator.jetstream;

import java.util.function.Function;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.http.VendorEndpoint;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import static io.credsync.simulator.jetstream.JetstreamPaths.CREDENTIALS_BASIC;
import static io.credsync.simulator.jetstream.JetstreamPaths.CREDENTIALS_SYNC;
import static io.credsync.simulator.jetstream.JetstreamPaths.EVENTS;
import static io.credsync.simulator.jetstream.JetstreamPaths.EVENTS_WITH_LIMIT;

/**
 * Installs the vendor endpoints under {@code /3} on a router. Each one: the kit counts it and applies faults (scoped
 * by device), then the AccessKey is checked and the operation runs under the simulator's lock.
 */
final class JetstreamRoutes {

    static final String ACCESS_KEY_HEADER = "AccessKey";
    private static final JetstreamErrors ERRORS = new JetstreamErrors();

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

        void add(HttpMethod method, String template, Function<RoutingContext, Answer> operation) {
            router.route(method, JetstreamPaths.route(template)).handler(new VendorEndpoint(state.mechanism, ERRORS,
                    template, JetstreamRoutes::device, ctx -> authorized(ctx, operation)));
        }

        private Answer authorized(RoutingContext ctx, Function<RoutingContext, Answer> operation) {
            if (!state.settings.accessKey().equals(ctx.request().getHeader(ACCESS_KEY_HEADER))) {
                return ApiException.error(401, "Authorization has been denied for this request.");
            }
            try {
                return state.locked(() -> operation.apply(ctx));
            } catch (ApiException e) {
                return e.response();
            }
        }
    }
}
