package io.credsync.model.credential;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The lock a BAS-IP identifier opens, as the panel API names them. */
public enum BasIpLock {
    @JsonProperty("first")
    FIRST, @JsonProperty("second")
    SECOND, @JsonProperty("all")
    ALL
}
