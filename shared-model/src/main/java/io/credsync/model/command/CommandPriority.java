package io.credsync.model.command;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Taking access away goes first: revocations, suspensions and expiries are published and applied ahead of grants. */
public enum CommandPriority {
    @JsonProperty("urgent")
    URGENT, @JsonProperty("normal")
    NORMAL
}
