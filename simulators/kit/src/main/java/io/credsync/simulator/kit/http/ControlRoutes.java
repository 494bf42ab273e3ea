package io.credsync.simulator.kit.http;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.SimulatedClock;
import io.credsync.simulator.kit.SimulatorMechanism;
import io.credsync.simulator.kit.StatusException;
import io.credsync.simulator.kit.VendorLatency;
import io.credsync.simulator.kit.fault.FaultJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The control API under {@code /_control} (no vendor auth): the routes every simulator has (faults, request counts,
 * clock, reset) and a way to add the vendor's own. Bad input answers 400, an unknown id 404, in the vendor's error
 * body.
 */
public final class ControlRoutes {

    public static final String PREFIX = "/_control";

    private final Router router;
    private final ErrorAnswers errors;

    private ControlRoutes(Router router, ErrorAnswers errors) {
        this.router = router;
        this.errors = errors;
    }

    public static ControlRoutes install(Router router, ErrorAnswers errors) {
        router.route(PREFIX + "/*").handler(BodyHandler.create(false));
        return new ControlRoutes(router, errors);
    }

    /** A control call at {@code PREFIX + path} (Vert.x path syntax, e.g. {@code /devices/:name}). */
    public ControlRoutes on(HttpMethod method, String path, ControlHandler handler) {
        router.route(method, PREFIX + path).handler(ctx -> answer(ctx, handler).writeTo(ctx));
        return this;
    }

    /** A control call that answers 200 with the JSON value {@code handler} returns. */
    public ControlRoutes onJson(HttpMethod method, String path,
            BiFunction<RoutingContext, JsonObject, Object> handler) {
        return on(method, path, (ctx, body) -> Answer.json(200, handler.apply(ctx, body)));
    }

    /**
     * {@code /faults} (GET, POST, DELETE; DELETE {@code /faults/:id}), {@code /requests} (and {@code /request_counts},
     * its first Seam name), {@code /clock} (GET; POST {@code /clock/advance}), {@code /latency} (GET; PUT
     * {@code {"ms":50,"jitter_ms":10}}, jitter 0 when left out; DELETE) and {@code /reset}, which runs
     * {@code reset}: the simulator's whole reset, of which the mechanism's is a part.
     */
    public ControlRoutes mechanism(SimulatorMechanism mechanism, FaultJson faultJson, Runnable reset) {
        on(HttpMethod.GET, "/faults", (ctx, body) -> Answer.json(200, new JsonObject().put("faults",
                new JsonArray(mechanism.faults().rules().stream().map(faultJson::toJson).toList()))));
        on(HttpMethod.POST, "/faults", (ctx, body) -> Answer.json(201,
                faultJson.toJson(faultJson.add(mechanism.faults(), body))));
        on(HttpMethod.DELETE, "/faults", (ctx, body) -> {
            mechanism.faults().clear();
            return Answer.empty(204);
        });
        on(HttpMethod.DELETE, "/faults/:id", (ctx, body) -> {
            if (!mechanism.faults().remove(ctx.pathParam("id"))) {
                throw new NoSuchElementException("no fault " + ctx.pathParam("id"));
            }
            return Answer.empty(204);
        });
        on(HttpMethod.GET, "/requests", (ctx, body) -> Answer.json(200, requests(mechanism, faultJson.accountField())));
        on(HttpMethod.DELETE, "/requests", (ctx, body) -> {
            mechanism.requests().clear();
            return Answer.empty(204);
        });
        on(HttpMethod.GET, "/request_counts", (ctx, body) -> Answer.json(200, new JsonObject()
                .put("request_counts", object(mechanism.requests().byTemplate()))));
        on(HttpMethod.GET, "/clock", (ctx, body) -> Answer.json(200, clock(mechanism.clock())));
        on(HttpMethod.POST, "/clock/advance", (ctx, body) -> {
            mechanism.clock().advance(ClockAdvance.of(body));
            return Answer.json(200, clock(mechanism.clock()));
        });
        on(HttpMethod.GET, "/latency", (ctx, body) -> Answer.json(200, latency(mechanism.latency().setting())));
        on(HttpMethod.PUT, "/latency", (ctx, body) -> {
            mechanism.latency().set(latencySetting(body));
            return Answer.json(200, latency(mechanism.latency().setting()));
        });
        on(HttpMethod.DELETE, "/latency", (ctx, body) -> {
            mechanism.latency().clear();
            return Answer.empty(204);
        });
        on(HttpMethod.POST, "/reset", (ctx, body) -> {
            reset.run();
            return Answer.empty(204);
        });
        return this;
    }

    private Answer answer(RoutingContext ctx, ControlHandler handler) {
        try {
            return handler.apply(ctx, body(ctx));
        } catch (StatusException e) {
            return errors.controlError(e.status(), e.getMessage());
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            return errors.controlError(400, e.getMessage());
        } catch (NoSuchElementException e) {
            return errors.controlError(404, e.getMessage());
        }
    }

    private static JsonObject body(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        if (raw == null || raw.length() == 0) {
            return new JsonObject();
        }
        if (!(Json.decodeValue(raw) instanceof JsonObject object)) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return object;
    }

    /** {@code totals} per endpoint, {@code by<Account>} per endpoint and account, {@code byTemplate}. */
    private static JsonObject requests(SimulatorMechanism mechanism, String accountField) {
        JsonObject json = new JsonObject()
                .put("totals", object(mechanism.requests().byEndpoint()))
                .put("byTemplate", object(mechanism.requests().byTemplate()));
        if (accountField != null) {
            JsonObject byAccount = new JsonObject();
            mechanism.requests().byAccount().forEach((endpoint, counts) -> byAccount.put(endpoint, object(counts)));
            json.put("by" + Character.toUpperCase(accountField.charAt(0)) + accountField.substring(1), byAccount);
        }
        return json;
    }

    private static VendorLatency.Setting latencySetting(JsonObject body) {
        Long ms = body.getLong("ms");
        if (ms == null) {
            throw new IllegalArgumentException("latency wants {\"ms\":N,\"jitter_ms\":J}");
        }
        return new VendorLatency.Setting(ms, body.getLong("jitter_ms", 0L));
    }

    private static JsonObject latency(VendorLatency.Setting setting) {
        return new JsonObject().put("ms", setting.ms()).put("jitter_ms", setting.jitterMs());
    }

    private static JsonObject clock(SimulatedClock clock) {
        return new JsonObject()
                .put("now", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)))
                .put("offsetSeconds", clock.offset().toSeconds());
    }

    private static JsonObject object(Map<String, ?> map) {
        JsonObject json = new JsonObject();
        map.forEach(json::put);
        return json;
    }
}
