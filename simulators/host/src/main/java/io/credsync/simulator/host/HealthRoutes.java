package io.credsync.simulator.host;

import java.util.List;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.HostedSimulator;
import io.credsync.simulator.kit.http.SimulatorServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * {@code /q/health}, {@code /q/health/live} and {@code /q/health/ready}, shaped like SmallRye Health's, so the local
 * stack polls the host as it polls a Quarkus service. The host starts this last: once it answers, every simulator
 * listens.
 */
final class HealthRoutes {

    private HealthRoutes() {
    }

    static void install(Router router, List<HostedSimulator> simulators, List<SimulatorServer> servers) {
        JsonArray checks = new JsonArray();
        for (int i = 0; i < simulators.size(); i++) {
            checks.add(new JsonObject()
                    .put("name", simulators.get(i).name())
                    .put("status", "UP")
                    .put("data", new JsonObject().put("url", servers.get(i).baseUrl())));
        }
        JsonObject up = new JsonObject().put("status", "UP").put("checks", checks);
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready")) {
            router.get(path).handler(ctx -> Answer.json(200, up).writeTo(ctx));
        }
    }
}
