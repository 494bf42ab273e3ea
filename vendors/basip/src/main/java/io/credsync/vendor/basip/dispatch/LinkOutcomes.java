package io.credsync.vendor.basip.dispatch;

import java.util.Map;
import java.util.UUID;

import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.basip.BasIpRefs;
import io.credsync.vendor.basip.api.LinkResult;
import io.credsync.vendor.spi.dispatch.SlotResult;

/**
 * What a panel's {@code extended_info} means for one slot. A refused identifier fails for good with the panel's own
 * code and the conflict named (the number is never quoted): retrying cannot free a number another identifier holds.
 */
final class LinkOutcomes {

    static final String NUMBER_TAKEN = "number_taken_by_another_identifier";
    static final String LIMIT_EXCEEDED = "number_of_identifiers_exceeded";
    static final String FACE_UNSUPPORTED = "face_id_not_supported";

    private static final Map<String, String> MEANING = Map.of(
            NUMBER_TAKEN, "another identifier of this type on the panel already holds this number",
            LIMIT_EXCEEDED, "the panel holds as many identifiers as it can",
            FACE_UNSUPPORTED, "the panel cannot hold face identifiers",
            "invalid_time_rules_settings", "the panel refused the validity window",
            "invalid_identifier_number", "the panel refused the identifier number for its type");

    private LinkOutcomes() {
    }

    static SlotResult upserted(UUID credential, LinkResult result) {
        if (result.success() || "created".equals(result.extendedInfo()) || "updated".equals(result.extendedInfo())) {
            return applied(credential);
        }
        return refused(credential, result.extendedInfo());
    }

    /** {@code entity_not_found}: the identifier is already absent, which is what was asked. */
    static SlotResult deleted(UUID credential, LinkResult result) {
        if (result.success() || "deleted".equals(result.extendedInfo())
                || "entity_not_found".equals(result.extendedInfo())) {
            return SlotResult.of(credential, SyncPhase.APPLIED, Map.of());
        }
        return refused(credential, result.extendedInfo());
    }

    static SlotResult applied(UUID credential) {
        return SlotResult.of(credential, SyncPhase.APPLIED, Map.of(BasIpRefs.LINK_ID, credential.toString()));
    }

    private static SlotResult refused(UUID credential, String info) {
        String code = info == null || info.isBlank() ? "not_applied" : info;
        return SlotResult.failed(credential, code, MEANING.getOrDefault(code, "the panel refused the identifier ("
                + code + ")"));
    }
}
