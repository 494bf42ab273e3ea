package io.credsync.vendor.intserv.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One access level of {@code /v1/accesslevels/list}: a UUID on one access control system. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessLevel(String id, String name, @JsonProperty("system_id") String systemId) {
}
