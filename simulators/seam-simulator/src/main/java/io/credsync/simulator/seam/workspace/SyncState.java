package io.credsync.simulator.seam.workspace;

/** Where an acs_user or acs_credential stands with its access system (the "provider"). */
public enum SyncState {
    /** Created in Seam, not yet on the access system. */
    CREATING,
    /** The access system holds the latest desired state. */
    SYNCED,
    /** Changed in Seam, the change not yet on the access system. */
    UPDATING,
    /** Deleted in Seam, still on the access system. */
    DELETING,
    /** Gone: the API answers 404 for it (the simulator keeps it for inspection). */
    DELETED,
    /** The access system refused the latest desired state (see the object's errors). */
    FAILED
}
