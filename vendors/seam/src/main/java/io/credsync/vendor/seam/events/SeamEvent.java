package io.credsync.vendor.seam.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The fields of a Seam event (webhook body or {@code /events/list} item) that the event side uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeamEvent(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("occurred_at") String occurredAt,
        @JsonProperty("acs_credential_id") String acsCredentialId) {

    /** The key in {@code seen_vendor_event}, namespaced so that no other vendor's id can collide. */
    public String seenKey() {
        return "seam/" + eventId;
    }

    public Optional<Instant> occurredAtInstant() {
        try {
            return occurredAt == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(occurredAt).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
