package io.credsync.vendor.intserv.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.intserv.IntServRefs;
import io.credsync.vendor.intserv.api.KeyStatus;

/**
 * What a key's status means for one target, which is one access system: applied there → {@code applied}; failed
 * there → {@code failed} with that system's {@code error_type} as the code and every failed system in the message
 * (a {@code PartiallyApplied} key fails the targets whose systems refused it); pending there → nothing yet. A final
 * status that does not name the target's system at all (e.g. {@code NotApplied}) fails it: nothing more will come.
 */
final class PropagationOutcomes {

    static final String NOT_NAMED = "intserv.system_not_in_status";
    static final String KEY_MISSING = "intserv.key_missing";

    private PropagationOutcomes() {
    }

    static Optional<SyncOutcome> of(InFlightKey key, KeyStatus status, String source, Instant now) {
        var failed = status.failedOn(key.systemId());
        if (failed.isPresent()) {
            return Optional.of(outcome(key, SyncPhase.FAILED, failed.get().errorType(), message(status), source,
                    now));
        }
        if (status.appliedOn(key.systemId())) {
            return Optional.of(outcome(key, SyncPhase.APPLIED, null, null, source, now));
        }
        if (status.pendingOn(key.systemId()) || "Pending".equals(status.status())) {
            return Optional.empty();
        }
        return Optional.of(outcome(key, SyncPhase.FAILED, NOT_NAMED, "IntServ's key status is " + status.status()
                + " and names no state for access system " + key.systemId(), source, now));
    }

    /** The key is gone at IntServ (removed by someone else): its target cannot be applied. */
    static SyncOutcome missing(InFlightKey key, String source, Instant now) {
        return outcome(key, SyncPhase.FAILED, KEY_MISSING, "IntServ no longer holds access key " + key.keyId(),
                source, now);
    }

    private static String message(KeyStatus status) {
        return status.status() + "; failed on " + status.failed().stream()
                .map(s -> s.systemId() + ": " + s.errorType()).collect(Collectors.joining(", "));
    }

    private static SyncOutcome outcome(InFlightKey key, SyncPhase phase, String code, String message, String source,
            Instant now) {
        // one id per (target, version, phase): a repeated poll or a restart publishes the same outcome
        UUID id = UUID.nameUUIDFromBytes(("intserv/" + key.tenant() + "/" + key.credentialId() + "/" + key.targetId()
                + "/" + key.version() + "/" + phase).getBytes(StandardCharsets.UTF_8));
        return new SyncOutcome(id, key.commandId(), key.tenant(), key.credentialId(), key.targetId(), key.version(),
                phase, null, Map.of(IntServRefs.KEY_ID, key.keyId(), IntServRefs.SYSTEM_ID, key.systemId()), code,
                message, source, now);
    }
}
