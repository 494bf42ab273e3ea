package io.credsync.simulator.seam.fault;

import java.time.Duration;
import java.util.List;

import io.credsync.simulator.kit.fault.FaultPlan;
import io.credsync.simulator.kit.fault.FaultRule;
import io.credsync.simulator.kit.fault.FaultRuleBuilder;

/**
 * The kit's {@link FaultPlan} in the Seam simulator's words, the API tests already use: a fault names the route it
 * applies to ({@code null}: every API route), e.g. {@code faults.next(1).timeoutAfterWrite("/acs/credentials/create")},
 * {@code faults.untilCleared().slow(null, Duration.ofSeconds(2))}.
 */
public final class Faults {

    private final FaultPlan plan;

    public Faults(FaultPlan plan) {
        this.plan = plan;
    }

    /** Faults that hit the next {@code times} matching requests. */
    public Builder next(int times) {
        return new Builder(plan.next(times));
    }

    /** Faults that hit every matching request until {@link #clear()} or {@link #remove(String)}. */
    public Builder untilCleared() {
        return new Builder(plan.always());
    }

    public List<FaultRule> active() {
        return plan.rules();
    }

    public void clear() {
        plan.clear();
    }

    public boolean remove(String id) {
        return plan.remove(id);
    }

    /** The kit's plan itself, for what these words do not cover (methods, probability). */
    public FaultPlan plan() {
        return plan;
    }

    /** Chooses what the fault does; {@code route} is a path such as {@code /acs/credentials/create}, or null. */
    public static final class Builder {

        private final FaultRuleBuilder rule;

        private Builder(FaultRuleBuilder rule) {
            this.rule = rule;
        }

        public FaultRule serverError(String route) {
            return serverError(route, 500);
        }

        public FaultRule serverError(String route, int status) {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("not a 5xx status: " + status);
            }
            return on(route).status(status);
        }

        public FaultRule rateLimited(String route, Duration retryAfter) {
            return on(route).rateLimit(retryAfter);
        }

        public FaultRule slow(String route, Duration delay) {
            return on(route).delay(delay);
        }

        public FaultRule dropConnection(String route) {
            return on(route).dropConnection();
        }

        /** Performs the write, then closes the connection without answering. */
        public FaultRule timeoutAfterWrite(String route) {
            return on(route).timeoutAfterWrite();
        }

        /** Performs the write, then answers only after {@code delay} (set it beyond the client's timeout). */
        public FaultRule timeoutAfterWrite(String route, Duration delay) {
            return on(route).timeoutAfterWrite(delay);
        }

        private FaultRuleBuilder on(String route) {
            return rule.matching(null, route);
        }
    }
}
