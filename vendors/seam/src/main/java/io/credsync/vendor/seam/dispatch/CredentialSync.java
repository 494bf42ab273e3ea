package io.credsync.vendor.seam.dispatch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.credsync.model.command.DesiredState;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.seam.SeamRefs;
import io.credsync.vendor.seam.api.SeamClient;
import io.credsync.vendor.seam.api.SeamObjects.AcsCredential;
import io.credsync.vendor.seam.api.SeamObjects.Notice;
import io.credsync.vendor.seam.api.SeamRequest;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;

/**
 * One holder's credentials on one access system. Seam changes only {@code code} and {@code ends_at} in place; any
 * other change deletes the old credential and creates the new one straight after, so the holder never has two valid
 * credentials and is without one only for the time between two calls. Seam has no idempotency keys: on a retry the
 * user's credentials are listed first and one credsync already created (but never heard back about) is adopted.
 */
final class CredentialSync {

    /** What the slot wants at Seam, in the form the slot's refs remember it. */
    private record Wanted(CredentialShape shape, String shapeDigest, String valueFingerprint, Instant endsAt,
            String code) {
    }

    private final SeamConversation conversation;
    private final String acsUserId;

    CredentialSync(SeamConversation conversation, String acsUserId) {
        this.conversation = conversation;
        this.acsUserId = acsUserId;
    }

    void upsert(Slot slot) throws VendorFailure {
        var wanted = wanted(slot);
        var refs = slot.vendorRefs();
        String id = refs.get(SeamRefs.ACS_CREDENTIAL_ID);
        boolean replacing = false;
        if (id != null && !wanted.shapeDigest().equals(refs.get(SlotRefs.SHAPE))) {
            delete(id);
            replacing = true;
            id = null;
        }
        try {
            AcsCredential held = id == null ? adoptOrCreate(wanted) : bringUpToDate(id, refs, wanted);
            conversation.knownCredentialIds.add(held.id());
            conversation.results.add(heldResult(slot, held, wanted));
        } catch (VendorFailure failure) {
            if (replacing && failure.kind() != VendorFailure.Kind.PERMANENT) {
                // the old one is gone: forget it, so the retry creates (or adopts) instead of deleting again
                conversation.results.add(SlotResult.inProgress(slot.credentialId(), baseRefs()));
            }
            throw failure;
        }
    }

    /** Deletes the slot's credential (revoked, expired, or suspended while the holder keeps other access). */
    void remove(Slot slot) throws VendorFailure {
        String id = slot.vendorRefs().get(SeamRefs.ACS_CREDENTIAL_ID);
        boolean deleting = id != null && delete(id);
        if (conversation.isRetry() && acsUserId != null) {
            // a create whose answer was lost (a timeout, or a crash before its refs were kept; e.g. the replacement
            // of the credential the refs still name) may have left a credential nobody knows: remove it too
            for (AcsCredential orphan : unknownCredentials()) {
                if (delete(orphan.id())) {
                    id = orphan.id();
                    deleting = true;
                }
            }
        }
        var reported = reported(id);
        if (!deleting) {
            conversation.results.add(new SlotResult(slot.credentialId(), SyncPhase.APPLIED, baseRefs(), reported,
                    null, null));
            return;
        }
        reported.put(SeamRefs.AWAITING, SeamRefs.AWAITING_DELETED);
        conversation.results.add(new SlotResult(slot.credentialId(), SyncPhase.ACCEPTED, baseRefs(), reported,
                null, null));
    }

    /** Suspended along with its acs_user: the credential stays at Seam, unusable until the user is unsuspended. */
    void keepUnderSuspendedUser(Slot slot) {
        var refs = slot.vendorRefs().isEmpty() ? baseRefs() : slot.vendorRefs();
        conversation.results.add(new SlotResult(slot.credentialId(), SyncPhase.APPLIED, refs, reported(refs.get(
                SeamRefs.ACS_CREDENTIAL_ID)), null, null));
    }

    private AcsCredential adoptOrCreate(Wanted wanted) throws VendorFailure {
        if (conversation.isRetry()) {
            var adoptable = unknownCredentials().stream()
                    .filter(c -> wanted.shape().accessMethod().equals(c.accessMethod())).findFirst();
            if (adoptable.isPresent()) {
                var adopted = adoptable.get();
                conversation.knownCredentialIds.add(adopted.id());
                boolean codeDiffers = wanted.code() != null && !wanted.code().equals(adopted.code());
                boolean endDiffers = !sameInstant(wanted.endsAt(), adopted.endsAt());
                return codeDiffers || endDiffers
                        ? update(adopted.id(), codeDiffers ? wanted.code() : null, endDiffers ? wanted.endsAt() : null)
                        : adopted;
            }
        }
        var shape = wanted.shape();
        Instant startsAt = shape.startsAt() != null && shape.startsAt().isAfter(conversation.now)
                ? shape.startsAt()
                : null;
        return conversation.seam.credential(SeamRequest.createCredential(acsUserId, shape.accessMethod(),
                wanted.code(), startsAt, wanted.endsAt(), shape.entranceIds()));
    }

    private AcsCredential bringUpToDate(String id, Map<String, String> refs, Wanted wanted) throws VendorFailure {
        boolean codeChanged = wanted.code() != null && !wanted.valueFingerprint().equals(refs.get(SlotRefs.VALUE));
        boolean endChanged = !Objects.equals(wanted.endsAt() == null ? null : wanted.endsAt().toString(), refs.get(
                SlotRefs.ENDS_AT));
        try {
            if (codeChanged || endChanged) {
                return update(id, codeChanged ? wanted.code() : null, endChanged ? wanted.endsAt() : null);
            }
            // nothing Seam holds changes (e.g. only the holder's name did): report what Seam says of it now
            return conversation.seam.credential(SeamRequest.getCredential(id));
        } catch (VendorFailure failure) {
            if (!SeamClient.CREDENTIAL_NOT_FOUND.equals(failure.code())) {
                throw failure;
            }
            conversation.knownCredentialIds.remove(id); // deleted behind our back: issue it again
            return adoptOrCreate(wanted);
        }
    }

    private AcsCredential update(String id, String code, Instant endsAt) throws VendorFailure {
        return conversation.seam.update(SeamRequest.updateCredential(id, code, endsAt), id);
    }

    /** @return false when Seam no longer had it (deleted before, maybe by an earlier attempt) */
    private boolean delete(String id) throws VendorFailure {
        try {
            conversation.seam.call(SeamRequest.deleteCredential(id));
            return true;
        } catch (VendorFailure failure) {
            if (SeamClient.CREDENTIAL_NOT_FOUND.equals(failure.code())) {
                return false;
            }
            throw failure;
        }
    }

    /** Credentials of this holder's acs_user that no slot on the target owns: credsync's, from lost answers. */
    private List<AcsCredential> unknownCredentials() throws VendorFailure {
        if (acsUserId == null) {
            return List.of();
        }
        return conversation.seam.listCredentials(acsUserId).stream()
                .filter(c -> !conversation.knownCredentialIds.contains(c.id())).toList();
    }

    /** Applied once the access system has it; accepted (with Seam's warning or error code) until then. */
    private SlotResult heldResult(Slot slot, AcsCredential held, Wanted wanted) {
        var refs = baseRefs();
        refs.put(SeamRefs.ACS_CREDENTIAL_ID, held.id());
        refs.put(SlotRefs.SHAPE, wanted.shapeDigest());
        refs.put(SlotRefs.VALUE, wanted.valueFingerprint());
        if (wanted.endsAt() != null) {
            refs.put(SlotRefs.ENDS_AT, wanted.endsAt().toString());
        }
        var reported = reported(held.id());
        if (held.synced() && held.errors().isEmpty()) {
            return new SlotResult(slot.credentialId(), SyncPhase.APPLIED, refs, reported, null, null);
        }
        reported.put(SeamRefs.AWAITING, SeamRefs.AWAITING_ISSUED);
        Notice notice = !held.errors().isEmpty()
                ? held.errors().get(0)
                : held.warnings().isEmpty() ? null : held.warnings().get(0);
        return new SlotResult(slot.credentialId(), SyncPhase.ACCEPTED, refs, reported,
                notice == null ? null : notice.code(), notice == null ? null : notice.message());
    }

    private Wanted wanted(Slot slot) {
        DesiredState desired = slot.desired().desired();
        var shape = CredentialShape.of(desired);
        String code = desired.kind() == CredentialKind.PIN && desired.value() != null
                ? conversation.cipher.decrypt(desired.value(), slot.desired().envelopeContext()).reveal()
                : null;
        Instant endsAt = desired.validity() == null ? null : desired.validity().endsAt();
        return new Wanted(shape, shape.digest(), CredentialShape.valueFingerprint(desired.value()), endsAt, code);
    }

    /** What every slot of the target keeps: the access system and the holder's acs_user. */
    private Map<String, String> baseRefs() {
        var refs = new HashMap<String, String>();
        refs.put(SeamRefs.ACS_SYSTEM_ID, conversation.acsSystemId());
        if (acsUserId != null) {
            refs.put(SeamRefs.ACS_USER_ID, acsUserId);
        }
        return refs;
    }

    /** What outcomes tell the registry and event-ingest. */
    private Map<String, String> reported(String acsCredentialId) {
        var refs = baseRefs();
        refs.put(SeamRefs.CONNECTION_ID, conversation.connection.id());
        if (acsCredentialId != null) {
            refs.put(SeamRefs.ACS_CREDENTIAL_ID, acsCredentialId);
        }
        return refs;
    }

    private static boolean sameInstant(Instant a, Instant b) {
        return a == null
                ? b == null
                : b != null && a.truncatedTo(ChronoUnit.MILLIS).equals(b.truncatedTo(
                        ChronoUnit.MILLIS));
    }
}
