package io.credsync.simulator.kit.fault;

import java.time.Duration;
import java.util.Optional;

/** Narrows a fault rule, then adds it to the plan with one of the terminal methods (status, delay, …). */
public final class FaultRuleBuilder {

    private final FaultPlan plan;
    private String method;
    private String path;
    private String account;
    private Integer count;
    private Double probability;
    private long seed;

    FaultRuleBuilder(FaultPlan plan) {
        this.plan = plan;
    }

    /** Only requests with this method ({@code null}: any) and path (template or concrete; {@code null}: any). */
    public FaultRuleBuilder matching(String method, String path) {
        this.method = method;
        this.path = path;
        return this;
    }

    /** Only requests about this account ({@code null}: any). */
    public FaultRuleBuilder forAccount(String account) {
        this.account = account;
        return this;
    }

    /** Only the next {@code count} requests it hits (default: until cleared). */
    public FaultRuleBuilder next(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        this.count = count;
        return this;
    }

    /** Hits a matching request with this probability, drawn from a random seeded with {@code seed}. */
    public FaultRuleBuilder withProbability(double probability, long seed) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
        }
        this.probability = probability;
        this.seed = seed;
        return this;
    }

    /** Answer this 4xx/5xx status without effect. */
    public FaultRule status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 4xx or 5xx: " + status);
        }
        return add(new FaultAction.Status(status));
    }

    /** Answer 429 with {@code Retry-After} without effect. */
    public FaultRule rateLimit(Duration retryAfter) {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry-After must not be negative: " + retryAfter);
        }
        return add(new FaultAction.RateLimit(retryAfter));
    }

    /** Wait, then handle the request normally. */
    public FaultRule delay(Duration delay) {
        return add(new FaultAction.Delay(positive(delay)));
    }

    /** Close the connection without answering and without effect. */
    public FaultRule dropConnection() {
        return add(new FaultAction.DropConnection());
    }

    /** Apply the request, then close the connection without answering. */
    public FaultRule timeoutAfterWrite() {
        return add(new FaultAction.TimeoutAfterWrite(Optional.empty()));
    }

    /** Apply the request, then answer only after {@code delay} (longer than the client's timeout). */
    public FaultRule timeoutAfterWrite(Duration delay) {
        return add(new FaultAction.TimeoutAfterWrite(Optional.of(positive(delay))));
    }

    private FaultRule add(FaultAction action) {
        return plan.add(new FaultRule.RuleScope(method, path, account, probability, seed), count, action);
    }

    private static Duration positive(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive: " + delay);
        }
        return delay;
    }
}
