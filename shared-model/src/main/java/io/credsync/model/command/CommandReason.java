package io.credsync.model.command;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why the registry issued a command; informative (dispatchers act on the desired state, not the reason). */
public enum CommandReason {
    @JsonProperty("grant")
    GRANT, @JsonProperty("update")
    UPDATE, @JsonProperty("grant_removed")
    GRANT_REMOVED, @JsonProperty("suspend")
    SUSPEND, @JsonProperty("resume")
    RESUME, @JsonProperty("revoke")
    REVOKE, @JsonProperty("emergency_revoke")
    EMERGENCY_REVOKE, @JsonProperty("activation")
    ACTIVATION, @JsonProperty("expiry")
    EXPIRY
}
