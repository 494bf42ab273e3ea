package io.credsync.simulator.kit;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * What an endpoint answers, computed before anything is written so that a fault can drop or delay it.
 *
 * @param body a JSON value ({@code JsonObject}, {@code JsonArray}, {@code String}, {@link #JSON_NULL}…), or
 *        {@code null} for no body
 */
public record Answer(int status, Object body, Map<String, String> headers) {

    /** A body that is the JSON literal {@code null}. */
    public static final Object JSON_NULL = new Object();

    public Answer {
        headers = Map.copyOf(headers);
    }

    public static Answer json(int status, Object body) {
        return new Answer(status, body, Map.of());
    }

    public static Answer empty(int status) {
        return new Answer(status, null, Map.of());
    }

    public Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, body, more);
    }

    /** Writes the answer, unless the client is gone (e.g. it gave up during a delay fault). */
    public void writeTo(RoutingContext ctx) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return;
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

    /** Closes the connection without an answer (HTTP/1.1: exactly this request is lost). */
    public static void drop(RoutingContext ctx) {
        ctx.request().connection().close();
    }
}
