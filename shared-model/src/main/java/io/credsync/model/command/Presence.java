package io.credsync.model.command;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether the credential should exist on the target. {@code SUSPENDED}: it must not open anything, but vendors that
 * can suspend (Seam users) keep it; vendors that cannot (a Jetstream list) treat it as absent.
 */
public enum Presence {
    @JsonProperty("present")
    PRESENT, @JsonProperty("suspended")
    SUSPENDED, @JsonProperty("absent")
    ABSENT
}
