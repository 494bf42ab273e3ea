package io.credsync.registry.status;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.type.TypeReference;

import io.credsync.model.Topics;
import io.credsync.model.command.Presence;
import io.credsync.model.json.Json;
import io.credsync.model.status.SyncError;
import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;
import io.credsync.registry.outbox.OutboxMessage;

/** Turns status rows into the public {@link SyncStatusChanged} events, written to the outbox like commands. */
public final class StatusEvents {

    private static final TypeReference<Map<String, String>> REFS = new TypeReference<>() {
    };

    private StatusEvents() {
    }

    /** Every target of a credential holds its latest desired version. */
    public static boolean syncedEverywhere(Collection<SyncStatus> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(StatusEvents::isSynced);
    }

    public static boolean isSynced(SyncStatus row) {
        return row.observedVersion != null && row.observedVersion >= row.desiredVersion
                && SyncState.SYNCED.name().equalsIgnoreCase(row.state);
    }

    /** When "synced everywhere" last became true: the latest target to sync. */
    public static Instant syncedEverywhereAt(Collection<SyncStatus> rows) {
        return syncedEverywhere(rows)
                ? rows.stream().map(r -> r.syncedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null)
                : null;
    }

    public static SyncStatusChanged event(SyncStatus row, Collection<SyncStatus> allRowsOfCredential) {
        var error = row.lastErrorCode == null && row.lastErrorMessage == null
                ? null
                : new SyncError(row.lastErrorCode, row.lastErrorMessage,
                        row.lastErrorVersion == null ? 0 : row.lastErrorVersion, row.lastErrorAt);
        return new SyncStatusChanged(row.tenant, row.credentialId, row.targetId, row.desiredVersion,
                row.observedVersion, Presence.valueOf(row.desiredPresence.toUpperCase()),
                SyncState.valueOf(row.state.toUpperCase()), error, vendorRefs(row), row.changedAt, row.syncedAt,
                syncedEverywhere(allRowsOfCredential), syncedEverywhereAt(allRowsOfCredential));
    }

    /** Outbox rows announcing the status of every given row (compacted topic: the latest per key wins). */
    public static List<OutboxMessage> messages(Collection<SyncStatus> changed, Collection<SyncStatus> allRows) {
        return changed.stream()
                .map(row -> OutboxMessage.of(Topics.SYNC_STATUS,
                        SyncStatusChanged.key(row.credentialId, row.targetId),
                        Json.write(event(row, allRows)), OutboxMessage.NORMAL))
                .toList();
    }

    public static Map<String, String> vendorRefs(SyncStatus row) {
        try {
            return row.vendorRefs == null || row.vendorRefs.isBlank()
                    ? Map.of()
                    : Json.mapper().readValue(row.vendorRefs, REFS);
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }
}
