package io.credsync.stack;

/**
 * A failure the developer can act on. The launcher prints only its message (no stack trace unless
 * CREDSYNC_DEBUG=1), so the message must say what failed and what to do.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
