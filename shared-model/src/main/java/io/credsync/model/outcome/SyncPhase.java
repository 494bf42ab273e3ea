package io.credsync.model.outcome;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a command stands at the vendor. {@code APPLIED}, {@code FAILED} and {@code SUPERSEDED} are final. */
public enum SyncPhase {
    /** The vendor took the request but has not yet confirmed it reached the access system (e.g. Seam). */
    @JsonProperty("accepted")
    ACCEPTED,
    /** The device is offline; the vendor queued the command (e.g. Jetstream CommandId). */
    @JsonProperty("queued_on_device")
    QUEUED_ON_DEVICE, @JsonProperty("applied")
    APPLIED,
    /** A transient failure; the dispatcher tries again at {@code next_attempt_at}. */
    @JsonProperty("retrying")
    RETRYING, @JsonProperty("failed")
    FAILED,
    /** Skipped: the target already holds a newer version. */
    @JsonProperty("superseded")
    SUPERSEDED;

    public boolean isFinal() {
        return this == APPLIED || this == FAILED || this == SUPERSEDED;
    }
}
