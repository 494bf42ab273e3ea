package io.credsync.simulator.jetstream;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * One vendor endpoint: counts the request, applies a matching fault, checks the AccessKey, then runs the operation
 * under the simulator's lock and writes its answer.
 */
final class VendorEndpoint implements Handler<RoutingContext> {

    static final String ACCESS_KEY_HEADER = "AccessKey";

    private final SimulatorState state;
    private final String template;
    private final Function<RoutingContext, ApiResponse> operation;

    VendorEndpoint(SimulatorState state, String template, Function<RoutingContext, ApiResponse> operation) {
        this.state = state;
        this.template = template;
        this.operation = operation;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String device = ctx.pathParam("DeviceName");
        state.requests.record(method, template, device);
        Optional<FaultAction> fault = state.faults.take(method, template, ctx.normalizedPath(), device);
        if (fault.isEmpty()) {
            execute(ctx).writeTo(ctx);
        } else {
            applyFault(ctx, fault.get());
        }
    }

    private void applyFault(RoutingContext ctx, FaultAction fault) {
        if (fault instanceof FaultAction.Status status) {
            ApiResponse.error(status.status(), "Simulated fault.").writeTo(ctx);
        } else if (fault instanceof FaultAction.TooManyRequests tooMany) {
            ApiResponse.error(429, "Too many requests (simulated).")
                    .withHeader("Retry-After", Integer.toString(tooMany.retryAfterSeconds()))
                    .writeTo(ctx);
        } else if (fault instanceof FaultAction.Delay delay) {
            later(ctx, delay.delay(), () -> execute(ctx).writeTo(ctx));
        } else if (fault instanceof FaultAction.DropConnection) {
            drop(ctx);
        } else if (fault instanceof FaultAction.TimeoutAfterWrite timeout) {
            ApiResponse response = execute(ctx);
            timeout.delay().ifPresentOrElse(delay -> later(ctx, delay, () -> response.writeTo(ctx)), () -> drop(ctx));
        }
    }

    private ApiResponse execute(RoutingContext ctx) {
        if (!state.settings.accessKey().equals(ctx.request().getHeader(ACCESS_KEY_HEADER))) {
            return ApiResponse.error(401, "Authorization has been denied for this request.");
        }
        try {
            return state.locked(() -> operation.apply(ctx));
        } catch (ApiException e) {
            return e.response();
        }
    }

    private static void later(RoutingContext ctx, Duration delay, Runnable action) {
        ctx.vertx().setTimer(delay.toMillis(), id -> action.run());
    }

    private static void drop(RoutingContext ctx) {
        ctx.request().connection().close();
    }
}
