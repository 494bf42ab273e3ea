package io.credsync.simulator.seam.http;

import java.util.Set;

import io.vertx.core.http.HttpMethod;

/**
 * One Seam route: its path, the methods with a JSON body the OpenAPI lists for it, whether it writes (counts
 * against the rate limit), and what it does.
 */
record ApiRoute(String path, Set<HttpMethod> methods, boolean write, ApiOperation operation) {
}
