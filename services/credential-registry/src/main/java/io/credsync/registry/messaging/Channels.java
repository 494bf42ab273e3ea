package io.credsync.registry.messaging;

/** SmallRye channel names; topics are set in application.properties. */
public final class Channels {

    public static final String CREDENTIAL_CHANGES = "credential-changes";
    public static final String SYNC_OUTCOMES = "sync-outcomes";
    public static final String DEAD_LETTERS = "dead-letters";

    private Channels() {
    }
}
