package io.credsync.vendor.spi.dispatch;

import java.util.Map;
import java.util.UUID;

import io.credsync.model.outcome.SyncPhase;

/**
 * What the vendor did with one slot: {@code APPLIED}, {@code QUEUED_ON_DEVICE} or {@code ACCEPTED} (the final word
 * comes later through event-ingest), {@code FAILED} with the vendor's code and message for that slot alone, or
 * {@code RETRYING}: not done yet, but the vendor now holds what {@code vendorRefs} say (e.g. an old credential was
 * deleted before its replacement could be created).
 *
 * @param vendorRefs what the vendor holds for the slot afterwards (kept with the slot; empty: keep the old ones)
 * @param reportedRefs what the outcome tells the registry and event-ingest (e.g. the id of a credential being deleted)
 * @param errorCode the vendor's code: why it failed, or a warning while accepted (e.g. Seam's
 *        {@code waiting_to_be_issued})
 */
public record SlotResult(UUID credentialId, SyncPhase phase, Map<String, String> vendorRefs,
        Map<String, String> reportedRefs, String errorCode, String vendorMessage) {

    public SlotResult {
        vendorRefs = vendorRefs == null ? Map.of() : Map.copyOf(vendorRefs);
        reportedRefs = reportedRefs == null ? vendorRefs : Map.copyOf(reportedRefs);
    }

    public static SlotResult of(UUID credentialId, SyncPhase phase, Map<String, String> vendorRefs) {
        return new SlotResult(credentialId, phase, vendorRefs, null, null, null);
    }

    public static SlotResult failed(UUID credentialId, String code, String message) {
        return new SlotResult(credentialId, SyncPhase.FAILED, Map.of(), null, code, message);
    }

    public static SlotResult inProgress(UUID credentialId, Map<String, String> vendorRefs) {
        return new SlotResult(credentialId, SyncPhase.RETRYING, vendorRefs, null, null, null);
    }

    public SlotResult reporting(Map<String, String> refs) {
        return new SlotResult(credentialId, phase, vendorRefs, refs, errorCode, vendorMessage);
    }

    public SlotResult withNotice(String code, String message) {
        return new SlotResult(credentialId, phase, vendorRefs, reportedRefs, code, message);
    }
}
