package io.credsync.simulator.jetstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The faults to inject into vendor requests, tried in the order they were added; the first matching rule applies.
 * Start a rule with {@link #next(int)}, {@link #matching(String, String)} or {@link #forDevice(String)}, e.g.
 * {@code faults().matching("POST", JetstreamPaths.SYNC).forDevice("Lobby-1").next(1).timeoutAfterWrite()}.
 */
public final class FaultPlan {

    private final List<FaultRule> rules = new ArrayList<>();

    /** A rule for the next {@code count} matching requests. */
    public FaultRuleBuilder next(int count) {
        return new FaultRuleBuilder(this).next(count);
    }

    /** A rule for requests with this method (any if {@code null}) and path template or concrete path. */
    public FaultRuleBuilder matching(String method, String path) {
        return new FaultRuleBuilder(this).matching(method, path);
    }

    /** A rule for requests naming this device in their path. */
    public FaultRuleBuilder forDevice(String device) {
        return new FaultRuleBuilder(this).forDevice(device);
    }

    /** A rule for every vendor request until cleared (unless narrowed further). */
    public FaultRuleBuilder always() {
        return new FaultRuleBuilder(this);
    }

    public synchronized void clear() {
        rules.clear();
    }

    public synchronized List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    synchronized FaultRule add(FaultRule rule) {
        rules.add(rule);
        return rule;
    }

    /** The action for this request, if a rule matches; uses one application of that rule. */
    synchronized Optional<FaultAction> take(String method, String template, String path, String device) {
        for (FaultRule rule : rules) {
            if (rule.matches(method, template, path, device)) {
                if (rule.consume()) {
                    rules.remove(rule);
                }
                return Optional.of(rule.action());
            }
        }
        return Optional.empty();
    }
}
