package io.credsync.model.validation;

/** A record that parsed but breaks its contract (a required part missing, a key that does not match): poison. */
public class ContractViolation extends InvalidInputException {

    public ContractViolation(String rule, String message) {
        super(rule, message, null);
    }
}
