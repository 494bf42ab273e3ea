package io.credsync.vendor.intserv.events;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.intserv.IntServRefs;

/** One target's accepted version whose access system has yet to apply the key. */
record InFlightKey(String tenant, UUID credentialId, String targetId, long version, UUID commandId,
        String connectionId, String keyId, String systemId) {

    /** What an accepted outcome of the IntServ dispatcher asks the event side to follow, if it names it all. */
    static Optional<InFlightKey> from(SyncOutcome outcome) {
        Map<String, String> refs = outcome.vendorRefs();
        String keyId = refs.get(IntServRefs.KEY_ID);
        String systemId = refs.get(IntServRefs.SYSTEM_ID);
        String connectionId = refs.get(IntServRefs.CONNECTION_ID);
        if (outcome.phase() != SyncPhase.ACCEPTED || keyId == null || systemId == null || connectionId == null
                || outcome.commandId() == null) {
            return Optional.empty();
        }
        return Optional.of(new InFlightKey(outcome.tenant(), outcome.credentialId(), outcome.targetId(),
                outcome.version(), outcome.commandId(), connectionId, keyId, systemId));
    }

    /** The account and key one status call reads. */
    record KeyRef(String tenant, String connectionId, String keyId) {
    }

    KeyRef keyRef() {
        return new KeyRef(tenant, connectionId, keyId);
    }
}
