package io.credsync.simulator.kit.fault;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import io.credsync.simulator.kit.VendorRequest;

/**
 * A fault for the vendor requests it matches: by method, by path (the template, or the concrete path) and by account;
 * {@code null} matches anything. It applies to the next {@code remaining} matching requests (until cleared when
 * unlimited), each with {@code probability} drawn from a seeded random, so a run can be repeated.
 */
public final class FaultRule {

    private final String id;
    private final String method;
    private final String path;
    private final String account;
    private final FaultAction action;
    private final Double probability;
    private final Random random;
    private Integer remaining;

    FaultRule(String id, RuleScope scope, Integer remaining, FaultAction action) {
        this.id = id;
        this.method = scope.method();
        this.path = scope.path();
        this.account = scope.account();
        this.probability = scope.probability();
        this.random = scope.probability() == null ? null : new Random(scope.seed());
        this.remaining = remaining;
        this.action = action;
    }

    public String id() {
        return id;
    }

    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    public FaultAction action() {
        return action;
    }

    public OptionalDouble probability() {
        return probability == null ? OptionalDouble.empty() : OptionalDouble.of(probability);
    }

    /** Applications left, empty when the rule lasts until cleared. */
    public synchronized Optional<Integer> remaining() {
        return Optional.ofNullable(remaining);
    }

    boolean matches(VendorRequest request) {
        return (method == null || method.equalsIgnoreCase(request.method()))
                && (path == null || path.equals(request.template()) || path.equals(request.path()))
                && (account == null || account.equals(request.account()));
    }

    /** Whether this matching request is hit: always, or with the rule's probability. */
    synchronized boolean hits() {
        return random == null || random.nextDouble() < probability;
    }

    /** Uses one application; {@code true} when the rule is now spent. */
    synchronized boolean consume() {
        if (remaining == null) {
            return false;
        }
        remaining--;
        return remaining <= 0;
    }

    /** Which requests a rule matches, and how likely it hits one. */
    record RuleScope(String method, String path, String account, Double probability, long seed) {
    }
}
