package io.credsync.simulator.jetstream;

import java.time.Duration;
import java.util.Optional;

/** Narrows a fault rule, then adds it to the plan with one of the terminal methods (status, delay, …). */
public final class FaultRuleBuilder {

    private final FaultPlan plan;
    private String method;
    private String path;
    private String device;
    private Integer count;

    FaultRuleBuilder(FaultPlan plan) {
        this.plan = plan;
    }

    /** Only requests with this method ({@code null}: any) and path (template or concrete; {@code null}: any). */
    public FaultRuleBuilder matching(String method, String path) {
        this.method = method;
        this.path = path;
        return this;
    }

    /** Only requests naming this device in their path. */
    public FaultRuleBuilder forDevice(String device) {
        this.device = device;
        return this;
    }

    /** Only the next {@code count} matching requests (default: until cleared). */
    public FaultRuleBuilder next(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        this.count = count;
        return this;
    }

    /** Answer this status (e.g. 500, 502, 503) without effect. */
    public FaultRule status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 4xx or 5xx: " + status);
        }
        return add(new FaultAction.Status(status));
    }

    /** Answer 429 with {@code Retry-After: <seconds>} without effect. */
    public FaultRule tooManyRequests(int retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("Retry-After must not be negative: " + retryAfterSeconds);
        }
        return add(new FaultAction.TooManyRequests(retryAfterSeconds));
    }

    /** Wait, then handle the request normally. */
    public FaultRule delay(Duration delay) {
        return add(new FaultAction.Delay(positive(delay)));
    }

    /** Close the connection without answering and without effect. */
    public FaultRule dropConnection() {
        return add(new FaultAction.DropConnection());
    }

    /** Apply the request's effect, then close the connection without answering. */
    public FaultRule timeoutAfterWrite() {
        return add(new FaultAction.TimeoutAfterWrite(Optional.empty()));
    }

    /** Apply the request's effect, then answer only after {@code delay} (longer than the client's timeout). */
    public FaultRule timeoutAfterWrite(Duration delay) {
        return add(new FaultAction.TimeoutAfterWrite(Optional.of(positive(delay))));
    }

    private FaultRule add(FaultAction action) {
        return plan.add(new FaultRule(method, path, device, count, action));
    }

    private static Duration positive(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive: " + delay);
        }
        return delay;
    }
}
