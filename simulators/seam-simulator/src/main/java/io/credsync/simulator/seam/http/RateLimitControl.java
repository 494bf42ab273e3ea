package io.credsync.simulator.seam.http;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.fault.RateLimit;
import io.credsync.simulator.kit.http.ControlRoutes;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

/** {@code /_control/rate_limit}: writes per sliding minute, or off. */
final class RateLimitControl {

    private final RateLimit rateLimit;

    RateLimitControl(RateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    void register(ControlRoutes routes) {
        routes.on(HttpMethod.PUT, "/rate_limit", (ctx, body) -> {
            rateLimit.writesPerMinute(body.getInteger("writes_per_minute", 0));
            return state();
        });
        routes.on(HttpMethod.DELETE, "/rate_limit", (ctx, body) -> {
            rateLimit.off();
            return state();
        });
    }

    private Answer state() {
        return Answer.json(200, new JsonObject().put("writes_per_minute", rateLimit.writesPerMinute()));
    }
}
