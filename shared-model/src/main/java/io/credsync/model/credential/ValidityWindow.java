package io.credsync.model.credential;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credsync.model.json.CredsyncJson;

/** When a credential is valid; either end may be open. Instants are UTC on the wire (ISO 8601). */
@CredsyncJson
public record ValidityWindow(Instant startsAt, Instant endsAt) {

    public static final ValidityWindow ALWAYS = new ValidityWindow(null, null);

    /** False when both ends are set and the end is not after the start. */
    @JsonIgnore
    public boolean isOrdered() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    public boolean contains(Instant instant) {
        return (startsAt == null || !instant.isBefore(startsAt)) && (endsAt == null || instant.isBefore(endsAt));
    }
}
