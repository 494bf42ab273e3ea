package io.credsync.model.credential;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an upstream producer asks for. Upsert carries the whole credential; the others only identify it. */
public enum ChangeOperation {
    @JsonProperty("upsert")
    UPSERT, @JsonProperty("suspend")
    SUSPEND, @JsonProperty("resume")
    RESUME, @JsonProperty("revoke")
    REVOKE
}
