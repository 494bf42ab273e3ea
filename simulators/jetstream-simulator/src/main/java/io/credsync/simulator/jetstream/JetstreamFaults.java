package io.credsync.simulator.jetstream;

import java.time.Duration;
import java.util.List;

import io.credsync.simulator.kit.fault.FaultPlan;
import io.credsync.simulator.kit.fault.FaultRule;
import io.credsync.simulator.kit.fault.FaultRuleBuilder;

/**
 * The kit's {@link FaultPlan} in Jetstream's words, the API tests already use: a rule is scoped to a device (the
 * kit's account), and a 429 takes whole seconds, e.g.
 * {@code faults().matching("POST", JetstreamPaths.CREDENTIALS_SYNC).forDevice("Lobby-1").next(1).timeoutAfterWrite()}.
 */
public final class JetstreamFaults {

    private final FaultPlan plan;

    JetstreamFaults(FaultPlan plan) {
        this.plan = plan;
    }

    public Rule next(int count) {
        return always().next(count);
    }

    public Rule matching(String method, String path) {
        return always().matching(method, path);
    }

    public Rule forDevice(String device) {
        return always().forDevice(device);
    }

    /** A rule for every vendor request until cleared (unless narrowed). */
    public Rule always() {
        return new Rule(plan.always());
    }

    public void clear() {
        plan.clear();
    }

    public List<FaultRule> rules() {
        return plan.rules();
    }

    /** The kit's plan itself, for what Jetstream's words do not cover (e.g. probability). */
    public FaultPlan plan() {
        return plan;
    }

    /** A rule being narrowed; the terminal methods add it. */
    public static final class Rule {

        private final FaultRuleBuilder builder;

        private Rule(FaultRuleBuilder builder) {
            this.builder = builder;
        }

        public Rule next(int count) {
            builder.next(count);
            return this;
        }

        public Rule matching(String method, String path) {
            builder.matching(method, path);
            return this;
        }

        public Rule forDevice(String device) {
            builder.forAccount(device);
            return this;
        }

        public FaultRule status(int status) {
            return builder.status(status);
        }

        public FaultRule tooManyRequests(int retryAfterSeconds) {
            return builder.rateLimit(Duration.ofSeconds(retryAfterSeconds));
        }

        public FaultRule delay(Duration delay) {
            return builder.delay(delay);
        }

        public FaultRule dropConnection() {
            return builder.dropConnection();
        }

        public FaultRule timeoutAfterWrite() {
            return builder.timeoutAfterWrite();
        }

        public FaultRule timeoutAfterWrite(Duration delay) {
            return builder.timeoutAfterWrite(delay);
        }
    }
}
