package io.credsync.simulator.kit.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.credsync.simulator.kit.VendorRequest;

/**
 * The faults to inject into vendor requests, tried in the order they were added; the first rule that matches and
 * hits applies, and each request uses at most one. Start a rule with {@link #next(int)}, {@link #always()},
 * {@link #matching(String, String)} or {@link #forAccount(String)}, e.g.
 * {@code faults.next(1).matching("POST", "/acs/credentials/create").timeoutAfterWrite()}. Thread-safe.
 */
public final class FaultPlan {

    private final List<FaultRule> rules = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** A rule for the next {@code count} matching requests. */
    public FaultRuleBuilder next(int count) {
        return always().next(count);
    }

    /** A rule for every vendor request until cleared (unless narrowed). */
    public FaultRuleBuilder always() {
        return new FaultRuleBuilder(this);
    }

    /** A rule for requests with this method ({@code null}: any) and path template or concrete path. */
    public FaultRuleBuilder matching(String method, String path) {
        return always().matching(method, path);
    }

    /** A rule for requests about this account (a Jetstream device, say). */
    public FaultRuleBuilder forAccount(String account) {
        return always().forAccount(account);
    }

    public synchronized List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    public synchronized void clear() {
        rules.clear();
    }

    public synchronized boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    /** The action for this request, if a rule matches and hits; uses one application of that rule. */
    public synchronized Optional<FaultAction> take(VendorRequest request) {
        for (FaultRule rule : rules) {
            if (rule.matches(request) && rule.hits()) {
                if (rule.consume()) {
                    rules.remove(rule);
                }
                return Optional.of(rule.action());
            }
        }
        return Optional.empty();
    }

    synchronized FaultRule add(FaultRule.RuleScope scope, Integer count, FaultAction action) {
        FaultRule rule = new FaultRule("fault-" + ids.incrementAndGet(), scope, count, action);
        rules.add(rule);
        return rule;
    }
}
