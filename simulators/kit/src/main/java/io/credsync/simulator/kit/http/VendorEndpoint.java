package io.credsync.simulator.kit.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import io.credsync.simulator.kit.Answer;
import io.credsync.simulator.kit.SimulatorMechanism;
import io.credsync.simulator.kit.VendorRequest;
import io.credsync.simulator.kit.fault.FaultAction;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * One vendor endpoint: counts the request, waits the simulator's latency (if set: {@code PUT /_control/latency}),
 * applies a matching fault, then runs the vendor's operation and writes its answer. Faults come before the vendor's
 * own checks (a gateway fails before the application sees the request). The wait is a timer, not a blocked thread:
 * any number of requests can wait at once.
 */
public final class VendorEndpoint implements Handler<RoutingContext> {

    private final SimulatorMechanism mechanism;
    private final ErrorAnswers errors;
    private final String template;
    private final Function<RoutingContext, String> account;
    private final VendorOperation operation;

    /** {@code account}: what the request is about (e.g. a path parameter), or {@code null} for none. */
    public VendorEndpoint(SimulatorMechanism mechanism, ErrorAnswers errors, String template,
            Function<RoutingContext, String> account, VendorOperation operation) {
        this.mechanism = mechanism;
        this.errors = errors;
        this.template = template;
        this.account = account == null ? ctx -> null : account;
        this.operation = operation;
    }

    @Override
    public void handle(RoutingContext ctx) {
        VendorRequest request = new VendorRequest(ctx.request().method().name(), template, ctx.normalizedPath(),
                account.apply(ctx));
        mechanism.requests().record(request);
        long latencyMs = mechanism.latency().nextDelayMs();
        if (latencyMs > 0) {
            later(ctx, Duration.ofMillis(latencyMs), () -> handle(ctx, request));
        } else {
            handle(ctx, request);
        }
    }

    private void handle(RoutingContext ctx, VendorRequest request) {
        Optional<FaultAction> fault = mechanism.faults().take(request);
        if (fault.isEmpty()) {
            operation.apply(ctx).writeTo(ctx);
        } else {
            apply(ctx, fault.get());
        }
    }

    private void apply(RoutingContext ctx, FaultAction fault) {
        if (fault instanceof FaultAction.Status status) {
            errors.fault(status.status()).writeTo(ctx);
        } else if (fault instanceof FaultAction.RateLimit rateLimit) {
            errors.rateLimited(rateLimit.retryAfter()).writeTo(ctx);
        } else if (fault instanceof FaultAction.Delay delay) {
            later(ctx, delay.delay(), () -> operation.apply(ctx).writeTo(ctx));
        } else if (fault instanceof FaultAction.DropConnection) {
            Answer.drop(ctx);
        } else if (fault instanceof FaultAction.TimeoutAfterWrite timeout) {
            Answer answer = operation.apply(ctx);
            timeout.answerAfter().ifPresentOrElse(delay -> later(ctx, delay, () -> answer.writeTo(ctx)),
                    () -> Answer.drop(ctx));
        }
    }

    private static void later(RoutingContext ctx, Duration delay, Runnable action) {
        ctx.vertx().setTimer(Math.max(1, delay.toMillis()), id -> action.run());
    }
}
