package io.credsync.simulator.jetstream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** The HTTP control API under {@code /_control} (no AccessKey), over {@link SimulatorControl}. See README. */
final class ControlRoutes {

    static final String PREFIX = "/_control";

    private final SimulatorControl control;

    private ControlRoutes(SimulatorControl control) {
        this.control = control;
    }

    static void install(Router router, SimulatorControl control) {
        ControlRoutes routes = new ControlRoutes(control);
        router.route(PREFIX + "/*").handler(BodyHandler.create());
        routes.add(router, HttpMethod.GET, "/devices", ctx -> routes.devices());
        routes.add(router, HttpMethod.PUT, "/devices/:name", routes::putDevice);
        routes.add(router, HttpMethod.GET, "/devices/:name", routes::getDevice);
        routes.add(router, HttpMethod.DELETE, "/devices/:name", routes::deleteDevice);
        routes.add(router, HttpMethod.GET, "/faults", ctx -> routes.faults());
        routes.add(router, HttpMethod.POST, "/faults", routes::addFault);
        routes.add(router, HttpMethod.DELETE, "/faults", ctx -> routes.clearFaults());
        routes.add(router, HttpMethod.GET, "/clock", ctx -> routes.clock());
        routes.add(router, HttpMethod.POST, "/clock/advance", routes::advanceClock);
        routes.add(router, HttpMethod.GET, "/requests", ctx -> routes.requests());
        routes.add(router, HttpMethod.DELETE, "/requests", ctx -> routes.clearRequests());
        routes.add(router, HttpMethod.GET, "/events", ctx -> routes.events());
        routes.add(router, HttpMethod.POST, "/reset", ctx -> routes.reset());
    }

    private void add(Router router, HttpMethod method, String path, Function<RoutingContext, ApiResponse> handler) {
        router.route(method, PREFIX + path).handler(ctx -> {
            ApiResponse response;
            try {
                response = handler.apply(ctx);
            } catch (ApiException e) {
                response = e.response();
            } catch (IllegalArgumentException | ClassCastException e) {
                response = ApiResponse.error(400, e.getMessage());
            }
            response.writeTo(ctx);
        });
    }

    private ApiResponse devices() {
        JsonArray devices = new JsonArray();
        control.devices().forEach(device -> devices.add(device.toJson()));
        return ApiResponse.json(200, devices);
    }

    /** Body (optional): {@code {"online":true, "deviceCredentials":[…]}}; creates the device if needed. */
    private ApiResponse putDevice(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        JsonObject body = object(ctx);
        boolean created = control.findDevice(name).isEmpty();
        DeviceHandle device = control.device(name);
        if (body.containsKey("deviceCredentials")) {
            device.deviceAcl(strings(body.getJsonArray("deviceCredentials")));
        }
        device.online(body.getBoolean("online", device.isOnline()));
        return ApiResponse.json(created ? 201 : 200, device.toJson());
    }

    private ApiResponse getDevice(RoutingContext ctx) {
        return control.findDevice(ctx.pathParam("name"))
                .map(device -> ApiResponse.json(200, device.toJson()))
                .orElseGet(() -> ApiResponse.error(404, "No such device."));
    }

    private ApiResponse deleteDevice(RoutingContext ctx) {
        return control.removeDevice(ctx.pathParam("name"))
                ? ApiResponse.empty(204)
                : ApiResponse.error(404, "No such device.");
    }

    private ApiResponse faults() {
        JsonArray rules = new JsonArray();
        control.faults().rules().forEach(rule -> rules.add(rule.toJson()));
        return ApiResponse.json(200, rules);
    }

    /**
     * Body: {@code {"kind":"status|rate-limit|delay|drop|timeout-after-write", "status":503, "retryAfterSeconds":2,
     * "delayMs":500, "method":"POST", "path":"/3/devices/{DeviceName}/credentials/sync", "device":"Lobby-1",
     * "count":3}}; without {@code count} the fault lasts until cleared.
     */
    private ApiResponse addFault(RoutingContext ctx) {
        JsonObject body = object(ctx);
        FaultRuleBuilder rule = control.faults().always()
                .matching(body.getString("method"), body.getString("path"))
                .forDevice(body.getString("device"));
        if (body.containsKey("count")) {
            rule.next(body.getInteger("count"));
        }
        String kind = body.getString("kind", "");
        FaultRule added = switch (kind) {
            case "status" -> rule.status(body.getInteger("status", 503));
            case "rate-limit" -> rule.tooManyRequests(body.getInteger("retryAfterSeconds", 1));
            case "delay" -> rule.delay(Duration.ofMillis(body.getLong("delayMs", 1000L)));
            case "drop" -> rule.dropConnection();
            case "timeout-after-write" -> body.containsKey("delayMs")
                    ? rule.timeoutAfterWrite(Duration.ofMillis(body.getLong("delayMs")))
                    : rule.timeoutAfterWrite();
            default -> throw new IllegalArgumentException("unknown fault kind '" + kind
                    + "' (status, rate-limit, delay, drop, timeout-after-write)");
        };
        return ApiResponse.json(201, added.toJson());
    }

    private ApiResponse clearFaults() {
        control.faults().clear();
        return ApiResponse.empty(204);
    }

    private ApiResponse clock() {
        SimulatedClock clock = control.clock();
        return ApiResponse.json(200, new JsonObject()
                .put("now", SimulatedClock.eventTime(clock.now()))
                .put("offsetSeconds", clock.offset().toSeconds()));
    }

    /** Body: {@code {"minutes":1500}} and/or {@code "hours"}, {@code "seconds"}. */
    private ApiResponse advanceClock(RoutingContext ctx) {
        JsonObject body = object(ctx);
        Duration by = Duration.ofHours(body.getLong("hours", 0L))
                .plusMinutes(body.getLong("minutes", 0L))
                .plusSeconds(body.getLong("seconds", 0L));
        control.clock().advance(by);
        return clock();
    }

    private ApiResponse requests() {
        JsonObject byDevice = new JsonObject();
        control.requestCountsByDevice().forEach((endpoint, counts) -> byDevice.put(endpoint, counts(counts)));
        return ApiResponse.json(200, new JsonObject()
                .put("totals", counts(control.requestCounts()))
                .put("byDevice", byDevice));
    }

    private ApiResponse clearRequests() {
        control.resetRequestCounts();
        return ApiResponse.empty(204);
    }

    private ApiResponse events() {
        List<JsonObject> events = control.pendingEvents();
        return ApiResponse.json(200, new JsonObject().put("Count", events.size()).put("Events", new JsonArray(events)));
    }

    private ApiResponse reset() {
        control.reset();
        return ApiResponse.empty(204);
    }

    private static JsonObject object(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            return new JsonObject();
        }
        if (!(CredentialRules.decode(body) instanceof JsonObject object)) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return object;
    }

    private static JsonObject counts(Map<String, Long> counts) {
        JsonObject json = new JsonObject();
        counts.forEach(json::put);
        return json;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(String.class::cast).toList();
    }
}
