package io.credsync.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the violations of one check against one target. */
final class RuleCheck {

    private final String targetId;
    private final List<Violation> violations = new ArrayList<>();

    RuleCheck(String targetId) {
        this.targetId = targetId;
    }

    /** Records a violation unless {@code holds}; returns {@code holds} so callers can skip dependent rules. */
    boolean require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            violations.add(new Violation(field, targetId, rule, message));
        }
        return holds;
    }

    boolean requireMatch(String value, Pattern pattern, String field, String rule, String message) {
        return require(value != null && pattern.matcher(value).matches(), field, rule, message);
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
