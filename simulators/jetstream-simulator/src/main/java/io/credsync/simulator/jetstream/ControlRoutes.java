package io.credsync.simulator.jetstream;

import java.util.List;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.fault.FaultJson;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The control API under {@code /_control} (no AccessKey): the kit's faults (scoped by {@code device}), request
 * counts, clock and reset, plus the devices and the pending events. See README.
 */
final class ControlRoutes {

    private final SimulatorControl control;

    private ControlRoutes(SimulatorControl control) {
        this.control = control;
    }

    static void install(Router router, SimulatorControl control) {
        ControlRoutes routes = new ControlRoutes(control);
        io.credsync.simulator.kit.http.ControlRoutes.install(router, new JetstreamErrors())
                .mechanism(control.state.mechanism, new FaultJson("device"), control::reset)
                .on(HttpMethod.GET, "/devices", (ctx, body) -> routes.devices())
                .on(HttpMethod.PUT, "/devices/:name", routes::putDevice)
                .on(HttpMethod.GET, "/devices/:name", (ctx, body) -> routes.getDevice(ctx))
                .on(HttpMethod.DELETE, "/devices/:name", (ctx, body) -> routes.deleteDevice(ctx))
                .on(HttpMethod.GET, "/events", (ctx, body) -> routes.events())
                .on(HttpMethod.POST, "/events/duplicate", routes::duplicate)
                .on(HttpMethod.POST, "/events/:id/late", (ctx, body) -> routes.late(ctx));
    }

    private Answer devices() {
        JsonArray devices = new JsonArray();
        control.devices().forEach(device -> devices.add(device.toJson()));
        return Answer.json(200, devices);
    }

    /** Body (optional): {@code {"online":true, "deviceCredentials":[…]}}; creates the device if needed. */
    private Answer putDevice(RoutingContext ctx, JsonObject body) {
        String name = ctx.pathParam("name");
        boolean created = control.findDevice(name).isEmpty();
        DeviceHandle device = control.device(name);
        if (body.containsKey("deviceCredentials")) {
            device.deviceAcl(strings(body.getJsonArray("deviceCredentials")));
        }
        device.online(body.getBoolean("online", device.isOnline()));
        return Answer.json(created ? 201 : 200, device.toJson());
    }

    private Answer getDevice(RoutingContext ctx) {
        return control.findDevice(ctx.pathParam("name"))
                .map(device -> Answer.json(200, device.toJson()))
                .orElseGet(() -> ApiException.error(404, "No such device."));
    }

    private Answer deleteDevice(RoutingContext ctx) {
        return control.removeDevice(ctx.pathParam("name"))
                ? Answer.empty(204)
                : ApiException.error(404, "No such device.");
    }

    private Answer events() {
        List<JsonObject> events = control.pendingEvents();
        return Answer.json(200, new JsonObject().put("Count", events.size()).put("Events", new JsonArray(events)));
    }

    /** Body {@code {"Type":"CommandCompletionEvent"}}: every pending event of that type is delivered twice. */
    private Answer duplicate(RoutingContext ctx, JsonObject body) {
        String type = body.getString("Type");
        if (type == null || type.isBlank()) {
            return ApiException.error(400, "Type is required.");
        }
        return Answer.json(200, new JsonObject().put("Duplicated", control.duplicatePendingEvents(type)));
    }

    private Answer late(RoutingContext ctx) {
        return control.deliverLate(ctx.pathParam("id"))
                ? Answer.empty(204)
                : ApiException.error(404, "No such pending event.");
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(String.class::cast).toList();
    }
}
