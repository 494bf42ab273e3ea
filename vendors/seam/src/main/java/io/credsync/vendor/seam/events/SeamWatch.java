package io.credsync.vendor.seam.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.seam.SeamRefs;

/**
 * A credential version the Seam dispatcher had accepted by Seam and that waits for the access system: one per Seam
 * credential ({@code acs_credential_id}; a PIN update keeps the id and bumps the version).
 *
 * @param lastReportedCode the warning last reported with {@code accepted} (so that a repeat is not published again)
 */
public record SeamWatch(String acsCredentialId, String connectionId, String tenant, UUID credentialId,
        String targetId, long version, UUID commandId, Awaiting awaiting, String acsUserId, String acsSystemId,
        Instant acceptedAt, String lastReportedCode) {

    /** What the access system has yet to confirm. */
    public enum Awaiting {
        /** A create or update: until {@code is_latest_desired_state_synced_with_provider}. */
        ISSUED,
        /** A delete: until Seam answers {@code acs_credential_not_found}. */
        DELETED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<Awaiting> fromWire(String value) {
            if (SeamRefs.AWAITING_ISSUED.equals(value)) {
                return Optional.of(ISSUED);
            }
            return SeamRefs.AWAITING_DELETED.equals(value) ? Optional.of(DELETED) : Optional.empty();
        }
    }

    /** The watch an {@code accepted} outcome of the Seam dispatcher asks for, if it names what to await. */
    static Optional<SeamWatch> from(SyncOutcome outcome) {
        var refs = outcome.vendorRefs();
        String acsCredentialId = refs.get(SeamRefs.ACS_CREDENTIAL_ID);
        String connectionId = refs.get(SeamRefs.CONNECTION_ID);
        var awaiting = Awaiting.fromWire(refs.get(SeamRefs.AWAITING));
        if (outcome.phase() != SyncPhase.ACCEPTED || acsCredentialId == null || connectionId == null
                || awaiting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SeamWatch(acsCredentialId, connectionId, outcome.tenant(), outcome.credentialId(),
                outcome.targetId(), outcome.version(), outcome.commandId(), awaiting.get(),
                refs.get(SeamRefs.ACS_USER_ID), refs.get(SeamRefs.ACS_SYSTEM_ID),
                outcome.occurredAt() == null ? Instant.now() : outcome.occurredAt(), outcome.errorCode()));
    }
}
