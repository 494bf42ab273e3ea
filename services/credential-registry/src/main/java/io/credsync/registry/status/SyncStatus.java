package io.credsync.registry.status;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.credsync.registry.credential.GrantId;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Desired versus observed state of one credential on one target. */
@Entity
@Table(name = "sync_status")
@IdClass(GrantId.class)
public class SyncStatus extends PanacheEntityBase {

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;
    @Id
    @Column(name = "target_id")
    public String targetId;
    public String tenant;
    @Column(name = "desired_version")
    public long desiredVersion;
    @Column(name = "desired_presence")
    public String desiredPresence;
    @Column(name = "observed_version")
    public Long observedVersion;
    public String state;
    @Column(name = "last_command_id")
    public UUID lastCommandId;
    @Column(name = "last_error_code")
    public String lastErrorCode;
    @Column(name = "last_error_message")
    public String lastErrorMessage;
    @Column(name = "last_error_version")
    public Long lastErrorVersion;
    @Column(name = "last_error_at")
    public Instant lastErrorAt;
    @Column(name = "vendor_refs")
    public String vendorRefs;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "synced_at")
    public Instant syncedAt;
    @Column(name = "pending_since")
    public Instant pendingSince;
    @Column(name = "desired_fingerprint")
    public String desiredFingerprint;

    /**
     * The status rows of these credentials, locked until the transaction ends. Two writers change these rows: the
     * input (a new desired version) and the outcome folder (observed state). Each reads the rows, edits them in memory
     * and writes every column back, so without the lock one could overwrite the other's change — a revocation's
     * {@code desired_version} undone by a fold of the previous version's outcome. Locked in one order (credential,
     * target) so that two batches wait for each other instead of deadlocking.
     */
    public static Uni<List<SyncStatus>> lockedFor(Collection<UUID> credentialIds) {
        return SyncStatus.<SyncStatus>find("credentialId in ?1", Sort.by("credentialId").and("targetId"),
                credentialIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
