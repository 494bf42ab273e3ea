package io.credsync.simulator.intserv;

import java.util.NoSuchElementException;
import java.util.UUID;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.fault.FaultJson;
import io.credsync.simulator.kit.http.CodedErrorAnswers;
import io.credsync.simulator.kit.http.ControlRoutes;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * The control API under {@code /_control} (no API key): the kit's faults, counts, clock and reset, plus the account's
 * access systems (create or change one: {@code codes_enabled}, {@code code_length}), their levels, and what it holds.
 */
final class IntServControl {

    private IntServControl() {
    }

    static void install(Router router, SimulatorState state) {
        ControlRoutes.install(router, new CodedErrorAnswers())
                .mechanism(state.mechanism, new FaultJson("account"), state::reset)
                .onJson(HttpMethod.GET, "/systems", (ctx, body) -> new JsonArray(state.levels().stream()
                        .map(AccessLevel::systemId).distinct()
                        .map(id -> state.findSystem(id).orElseThrow().toJson()).toList()))
                .on(HttpMethod.PUT, "/systems/:system", (ctx, body) -> {
                    boolean created = state.findSystem(ctx.pathParam("system")).isEmpty();
                    AccessSystem system = state.system(ctx.pathParam("system")).with(body);
                    state.system(system);
                    return Answer.json(created ? 201 : 200, system.toJson()
                            .put("level_id", SimulatorSettings.defaultLevelOf(system.id())));
                })
                .on(HttpMethod.POST, "/systems/:system/levels", (ctx, body) -> {
                    String system = state.findSystem(ctx.pathParam("system")).map(AccessSystem::id)
                            .orElseThrow(() -> new NoSuchElementException("no system " + ctx.pathParam("system")));
                    AccessLevel level = state.addLevel(new AccessLevel(body.getString("id",
                            UUID.randomUUID().toString()), body.getString("name", "level"), system));
                    return Answer.json(201, level.toJson());
                })
                .onJson(HttpMethod.GET, "/keys", (ctx, body) -> new JsonObject().put("keys", new JsonArray(
                        state.keys().stream().map(key -> state.locked(() -> StoredKey.of(key)).toJson()).toList())))
                .onJson(HttpMethod.GET, "/persons", (ctx, body) -> new JsonObject().put("persons", new JsonArray(
                        state.persons().stream().map(Person::toJson).toList())));
    }
}
