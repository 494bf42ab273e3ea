package io.credsync.vendor.jetstream;

/**
 * The {@code vendor_refs} keys of Jetstream outcomes: the dispatch side reports which Jetstream command carried a
 * credential version (online: completed at once; offline: queued on the device), and the event side correlates the
 * device's CommandQueued/CommandCompletion events with it.
 */
public final class JetstreamRefs {

    /** The {@code CommandId} Jetstream gave the sync that carried the credential's version. */
    public static final String COMMAND_ID = "jetstream.command_id";

    private JetstreamRefs() {
    }
}
