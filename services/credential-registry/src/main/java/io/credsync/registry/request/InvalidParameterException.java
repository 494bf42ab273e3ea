package io.credsync.registry.request;

/** A path, query or header parameter that breaks a rule: answered 400 {@link ProblemType#INVALID_PARAMETER}. */
public class InvalidParameterException extends RuntimeException {

    private final String field;
    private final String rule;

    /** @param message what is expected; never the submitted value */
    public InvalidParameterException(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
