package io.credsync.simulator.seam.fault;

/** What an injected fault does to a matching request. */
public enum FaultKind {
    /** Answer a 5xx with Seam's error body; nothing is written. */
    SERVER_ERROR,
    /** Answer 429 with {@code Retry-After}; nothing is written. */
    RATE_LIMITED,
    /** Wait, then handle the request normally. */
    SLOW,
    /** Close the connection without an answer; nothing is written. */
    DROP_CONNECTION,
    /**
     * Handle the request (the write happens), then close the connection without an answer, or answer only after a
     * delay longer than the client waits: the client cannot know the write happened.
     */
    TIMEOUT_AFTER_WRITE
}
