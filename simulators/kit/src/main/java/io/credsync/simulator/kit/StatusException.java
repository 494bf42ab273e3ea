package io.credsync.simulator.kit;

/** A refusal with an HTTP status; the vendor words the body. Stackless: it is an answer, not a bug. */
public class StatusException extends RuntimeException {

    private final int status;

    public StatusException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
