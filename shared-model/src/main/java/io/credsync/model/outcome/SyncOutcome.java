package io.credsync.model.outcome;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credsync.model.Vendor;
import io.credsync.model.json.CredsyncJson;
import io.credsync.model.validation.ContractViolation;

/**
 * What happened to a command, from a dispatcher or event-ingest, on {@code credsync.sync-outcomes.v1}, keyed by
 * credential id. Consumers deduplicate by {@code eventId} and never let an outcome for an older {@code version} move
 * a status backwards.
 *
 * @param vendorRefs ids the vendor assigned, e.g. {@code jetstream.command_id}, {@code seam.acs_credential_id}
 * @param errorCode the vendor's or credsync's code (e.g. {@code CommandTimedOut}, {@code invalid_input})
 * @param vendorMessage the vendor's own message, verbatim
 * @param source who reported it, e.g. {@code dispatcher-jetstream}, {@code event-ingest}
 */
@CredsyncJson
public record SyncOutcome(
        UUID eventId,
        UUID commandId,
        String tenant,
        UUID credentialId,
        String targetId,
        long version,
        SyncPhase phase,
        Instant nextAttemptAt,
        Map<String, String> vendorRefs,
        String errorCode,
        String vendorMessage,
        String source,
        Instant occurredAt) {

    public SyncOutcome {
        vendorRefs = vendorRefs == null ? Map.of() : Map.copyOf(vendorRefs);
    }

    /** What a dispatcher lane reports as {@code source}: {@code dispatcher-<vendor id>}. */
    public static final String DISPATCHER_SOURCE_PREFIX = "dispatcher-";

    public static String dispatcherSource(Vendor vendor) {
        return DISPATCHER_SOURCE_PREFIX + vendor.id();
    }

    @JsonIgnore
    public String partitionKey() {
        return credentialId.toString();
    }

    /**
     * What every consumer needs of an outcome read from a record with {@code recordKey}: its identity, a version, and
     * the key its producer must have used (otherwise one credential's outcomes could be read out of order).
     *
     * @throws ContractViolation naming the rule
     */
    public SyncOutcome checkRecord(String recordKey) {
        if (eventId == null || credentialId == null || targetId == null || phase == null || tenant == null) {
            throw new ContractViolation("outcome.identity",
                    "sync outcome needs event_id, tenant, credential_id, target_id and phase");
        }
        if (version < 1) {
            throw new ContractViolation("outcome.version", "version must be 1 or more");
        }
        if (!partitionKey().equals(recordKey)) {
            throw new ContractViolation("record.key", "the record key must be the outcome's credential_id");
        }
        return this;
    }
}
