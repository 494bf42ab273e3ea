package io.credsync.simulator.genetec;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.fault.FaultJson;
import io.credsync.simulator.kit.http.CodedErrorAnswers;
import io.credsync.simulator.kit.http.ControlRoutes;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * The control API under {@code /_control} (no token): the kit's faults, counts, clock and reset, plus the principal's
 * "Manage devices" policy, the active-device limit, expiring every token, and what the account holds.
 */
final class GenetecControl {

    private GenetecControl() {
    }

    static void install(Router router, SimulatorState state) {
        ControlRoutes.install(router, new CodedErrorAnswers())
                .mechanism(state.mechanism, new FaultJson("account"), state::reset)
                .on(HttpMethod.PUT, "/principal", (ctx, body) -> state.locked(() -> {
                    state.canManage = body.getBoolean("can_manage", state.canManage);
                    state.activeDeviceLimit = body.getInteger("active_device_limit", state.activeDeviceLimit);
                    return Answer.json(200, new JsonObject().put("can_manage", state.canManage)
                            .put("active_device_limit", state.activeDeviceLimit));
                }))
                .on(HttpMethod.POST, "/tokens/expire", (ctx, body) -> state.locked(() -> {
                    state.sts.expireAll();
                    return Answer.empty(204);
                }))
                .onJson(HttpMethod.GET, "/devices", (ctx, body) -> new JsonObject().put("devices",
                        new JsonArray(state.locked(() -> state.devices().stream().map(Device::toJson).toList()))))
                .onJson(HttpMethod.GET, "/transactions", (ctx, body) -> new JsonObject().put("transactions",
                        new JsonArray(state.transactions().stream().map(t -> new JsonObject().put("id", t.id())
                                .put("serial_number", t.serialNumber()).put("manufacturer", t.manufacturer())
                                .put("status", t.status().name().toLowerCase())
                                .put("reason_code", t.reasonCode())).toList())));
    }
}
