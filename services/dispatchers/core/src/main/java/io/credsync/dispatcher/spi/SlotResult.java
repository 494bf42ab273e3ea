package io.credsync.dispatcher.spi;

import java.util.Map;
import java.util.UUID;

import io.credsync.model.outcome.SyncPhase;

/**
 * What the vendor did with one slot: {@code APPLIED}, {@code QUEUED_ON_DEVICE} or {@code ACCEPTED} (the final word
 * comes later through event-ingest), or {@code FAILED} with the vendor's code and message for that slot alone.
 */
public record SlotResult(UUID credentialId, SyncPhase phase, Map<String, String> vendorRefs, String errorCode,
        String vendorMessage) {

    public static SlotResult of(UUID credentialId, SyncPhase phase, Map<String, String> vendorRefs) {
        return new SlotResult(credentialId, phase, vendorRefs, null, null);
    }

    public static SlotResult failed(UUID credentialId, String code, String message) {
        return new SlotResult(credentialId, SyncPhase.FAILED, Map.of(), code, message);
    }
}
