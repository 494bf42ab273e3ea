package io.credsync.registry.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.credsync.model.json.CredsyncJson;
import io.credsync.model.status.SyncStatusChanged;

/** A credential's status on every target, and whether its latest desired state is synced everywhere. */
@CredsyncJson
public record StatusView(UUID credentialId, String externalId, long version, boolean syncedEverywhere,
        Instant syncedEverywhereAt, List<SyncStatusChanged> targets) {
}
