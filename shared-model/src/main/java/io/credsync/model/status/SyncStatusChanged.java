package io.credsync.model.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credsync.model.command.Presence;
import io.credsync.model.json.CredsyncJson;

/**
 * The registry's public status of one (credential, target), on the compacted topic {@code credsync.sync-status.v1}
 * keyed by {@link #key(UUID, String)}: the latest record per key is the current status.
 *
 * @param observedVersion the newest version the target is known to hold; null before the first success
 * @param credentialSyncedEverywhere every target of the credential holds its latest desired version
 * @param credentialSyncedAt when that last became true
 */
@CredsyncJson
public record SyncStatusChanged(
        String tenant,
        UUID credentialId,
        String targetId,
        long desiredVersion,
        Long observedVersion,
        Presence desiredPresence,
        SyncState state,
        SyncError lastError,
        Map<String, String> vendorRefs,
        Instant changedAt,
        Instant syncedAt,
        boolean credentialSyncedEverywhere,
        Instant credentialSyncedAt) {

    public SyncStatusChanged {
        vendorRefs = vendorRefs == null ? Map.of() : Map.copyOf(vendorRefs);
    }

    public static String key(UUID credentialId, String targetId) {
        return credentialId + ":" + targetId;
    }

    @JsonIgnore
    public String partitionKey() {
        return key(credentialId, targetId);
    }
}
