package io.credsync.model.validation;

/**
 * Input that can never succeed as sent, whatever is retried: a record or request that breaks a rule. Consumers
 * dead-letter it with {@link #rule()} and go on; REST answers it with a problem. Crypto, JSON and validation failures
 * extend this, so they are poison by construction. The message names fields and rules, never a secret value.
 */
public abstract class InvalidInputException extends RuntimeException {

    private final String rule;

    protected InvalidInputException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** A stable rule id, e.g. {@code json.syntax} or {@code value.envelope}. */
    public String rule() {
        return rule;
    }
}
