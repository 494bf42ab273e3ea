package io.credsync.bench.run;

/** What one change in a benchmark run does to its credential. */
public enum ChangeKind {
    /** A new credential, granted to its targets (version 1). */
    GRANT,
    /** A new value (PIN) for an active credential: Seam updates in place, a Jetstream device gets a new list. */
    UPDATE,
    /** Suspends an active credential. */
    SUSPEND,
    /** Revokes a credential for good (urgent: revocation latency is reported on its own). */
    REVOKE
}
