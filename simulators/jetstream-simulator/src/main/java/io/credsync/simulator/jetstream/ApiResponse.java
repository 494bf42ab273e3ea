package io.credsync.simulator.jetstream;

import java.util.Map;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * What an endpoint answers, computed before anything is written so that faults can drop or delay it.
 *
 * @param body a JSON value ({@code JsonObject}, {@code JsonArray}, {@code String}, {@link #JSON_NULL}…), or
 *        {@code null} for no body
 */
record ApiResponse(int status, Object body, Map<String, String> headers) {

    /** A body that is the JSON literal {@code null}. */
    static final Object JSON_NULL = new Object();

    static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, body, Map.of());
    }

    static ApiResponse empty(int status) {
        return new ApiResponse(status, null, Map.of());
    }

    /**
     * The v3 error body is not documented; Jetstream is an ASP.NET Web API service, whose default error body is
     * {@code {"Message":"…"}}, so that is what we answer.
     */
    static ApiResponse error(int status, String message) {
        return json(status, new JsonObject().put("Message", message));
    }

    ApiResponse withHeader(String name, String value) {
        return new ApiResponse(status, body, Map.of(name, value));
    }

    void writeTo(RoutingContext ctx) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return; // the client gave up (e.g. during a delay fault)
        }
        ctx.response().setStatusCode(status);
        headers.forEach(ctx.response()::putHeader);
        if (body == null) {
            ctx.response().end();
        } else {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8");
            ctx.response().end(body == JSON_NULL ? "null" : Json.encode(body));
        }
    }
}
