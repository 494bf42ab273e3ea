package io.credsync.model.crypto;

import io.credsync.model.validation.InvalidInputException;

/** An envelope that cannot be opened: unknown key id, tampered ciphertext, or bound to another tenant/credential. */
public class EnvelopeException extends InvalidInputException {

    public static final String RULE = "value.envelope";

    public EnvelopeException(String message) {
        super(RULE, message, null);
    }

    public EnvelopeException(String message, Throwable cause) {
        super(RULE, message, cause);
    }
}
