package io.credsync.model.crypto;

/** An envelope that cannot be opened: unknown key id, tampered ciphertext, or bound to another tenant/credential. */
public class EnvelopeException extends RuntimeException {

    public EnvelopeException(String message) {
        super(message);
    }

    public EnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
