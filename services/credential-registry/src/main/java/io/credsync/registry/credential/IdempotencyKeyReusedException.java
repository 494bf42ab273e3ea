package io.credsync.registry.credential;

/**
 * An Idempotency-Key already used for a different request: answered 422 (IETF Idempotency-Key draft), nothing
 * written.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request; use a new key for a new request",
                null, false, false);
    }
}
