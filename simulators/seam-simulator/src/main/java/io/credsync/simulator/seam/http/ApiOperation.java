package io.credsync.simulator.seam.http;

import io.vertx.core.json.JsonObject;

/** What one API route does with a checked request body; {@code pageUrl} is the route's absolute URL. */
@FunctionalInterface
interface ApiOperation {

    JsonObject apply(JsonObject body, String pageUrl);
}
