package io.credsync.simulator.kit.http;

import io.credsync.simulator.kit.Answer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** One control API call: the request (for path parameters) and its JSON object body ({@code {}} when empty). */
@FunctionalInterface
public interface ControlHandler {

    Answer apply(RoutingContext ctx, JsonObject body);
}
