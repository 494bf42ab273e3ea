package io.credsync.simulator.seam.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes JSON answers, unless the connection is already gone. */
final class Responses {

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(body.encode());
    }

    static void drop(RoutingContext ctx) {
        ctx.request().connection().close();
    }
}
