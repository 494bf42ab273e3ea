package io.credsync.model.credential;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.json.CredsyncJson;

/**
 * What an upstream producer publishes on {@code credsync.credential-changes.v1}, keyed by {@link #partitionKey()}.
 * {@code eventId} is the idempotency key: a redelivered event changes nothing. An upsert carries the whole desired
 * credential (kind, value, window, grants), not a delta; suspend, resume and revoke only identify it.
 *
 * @param value the credential value sealed with {@link #envelopeContext()}; absent for kinds the vendor issues
 *        (e.g. Seam mobile keys)
 */
@CredsyncJson
public record CredentialChange(
        UUID eventId,
        String tenant,
        String externalHolderId,
        String externalCredentialId,
        ChangeOperation operation,
        HolderDetails holder,
        CredentialKind kind,
        EncryptedValue value,
        FormatHints format,
        ValidityWindow validity,
        List<Grant> grants,
        Instant occurredAt) {

    public CredentialChange {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    /** Tenant and external credential id: one credential's changes stay in one partition, in order. */
    @JsonIgnore
    public String partitionKey() {
        return tenant + "/" + externalCredentialId;
    }

    /** The producer seals the value for the tenant and its own credential id (it does not know ours). */
    @JsonIgnore
    public EnvelopeContext envelopeContext() {
        return new EnvelopeContext(tenant, externalCredentialId);
    }
}
