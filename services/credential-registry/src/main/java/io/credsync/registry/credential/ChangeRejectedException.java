package io.credsync.registry.credential;

import java.util.List;

import io.credsync.model.validation.InvalidInputException;
import io.credsync.model.validation.Violation;

/**
 * A change that can never succeed as sent: it is answered with a problem (REST) or dead-lettered (Kafka), and
 * nothing is written.
 */
public class ChangeRejectedException extends InvalidInputException {

    public enum Kind {
        /** Fails a rule (ours or a granted target's vendor's): 422. */
        INVALID,
        /** Names a credential, holder or target that does not exist for the tenant: 404. */
        NOT_FOUND,
        /** Conflicts with the current state (e.g. a revoked credential): 409. */
        CONFLICT
    }

    private final Kind kind;
    private final List<Violation> violations;

    public ChangeRejectedException(Kind kind, List<Violation> violations) {
        super(violations.isEmpty() ? "change.rejected" : violations.get(0).rule(), summary(violations), null);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static ChangeRejectedException of(Kind kind, String field, String rule, String message) {
        return new ChangeRejectedException(kind, List.of(new Violation(field, null, rule, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + (v.targetId() == null ? "" : " (target " + v.targetId() + ")") + ": "
                        + v.message() + " [" + v.rule() + "]")
                .reduce((a, b) -> a + "; " + b)
                .orElse("rejected");
    }
}
