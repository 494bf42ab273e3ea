package io.credsync.vendor.jetstream;

/**
 * The {@code vendor_refs} keys of Jetstream outcomes: the dispatch side reports which Jetstream command carried a
 * credential version (online: completed at once; offline: queued on the device), and the event side correlates the
 * device's CommandQueued/CommandCompletion events with it.
 */
public final class JetstreamRefs {

    /** The {@code CommandId} Jetstream gave the sync that carried the credential's version. */
    public static final String COMMAND_ID = "jetstream.command_id";

    /**
     * Kept with a dispatcher slot, never reported: when the sync that carried the slot's version was queued on an
     * offline device, until the dispatcher sees the device take it (then a later sync confirms the slot).
     */
    public static final String QUEUED_AT = "jetstream.queued_at";

    /** Kept with a dispatcher slot, never reported: the slot is held behind a queued sync, and was told so once. */
    public static final String HELD = "jetstream.held";

    private JetstreamRefs() {
    }
}
