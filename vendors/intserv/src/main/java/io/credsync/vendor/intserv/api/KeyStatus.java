package io.credsync.vendor.intserv.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code /v1/accesskeys/status} answers: {@code NotApplied | Applied | Pending | PartiallyApplied | Failed}, and
 * where each access control system stands.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyStatus(
        String status,
        @JsonProperty("systems_where_applied") List<SystemState> applied,
        @JsonProperty("systems_where_pending") List<SystemState> pending,
        @JsonProperty("systems_where_failed") List<SystemState> failed) {

    public KeyStatus {
        applied = applied == null ? List.of() : List.copyOf(applied);
        pending = pending == null ? List.of() : List.copyOf(pending);
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SystemState(@JsonProperty("system_id") String systemId,
            @JsonProperty("applied_at") String appliedAt,
            @JsonProperty("error_type") String errorType) {
    }

    public boolean appliedOn(String systemId) {
        return applied.stream().anyMatch(s -> systemId.equals(s.systemId()));
    }

    public boolean pendingOn(String systemId) {
        return pending.stream().anyMatch(s -> systemId.equals(s.systemId()));
    }

    public Optional<SystemState> failedOn(String systemId) {
        return failed.stream().filter(s -> systemId.equals(s.systemId())).findFirst();
    }
}
