package io.credsync.model.status;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The registry's view of one (credential, target). */
public enum SyncState {
    /** A command is written to the outbox but not yet acknowledged by the broker. */
    @JsonProperty("pending")
    PENDING,
    /** Published, or accepted by the vendor without confirmation. */
    @JsonProperty("dispatched")
    DISPATCHED, @JsonProperty("queued_on_device")
    QUEUED_ON_DEVICE, @JsonProperty("synced")
    SYNCED, @JsonProperty("retrying")
    RETRYING, @JsonProperty("failed")
    FAILED
}
