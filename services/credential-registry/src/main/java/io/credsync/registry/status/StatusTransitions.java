package io.credsync.registry.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.credsync.model.json.Json;
import io.credsync.model.outcome.OutcomeRefs;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.model.status.SyncState;

/**
 * How one outcome moves one status row. Pure. Outcomes may arrive duplicated, late or out of order; none of them
 * moves a status backwards: an outcome for an older version can only raise the observed version, and within a
 * version a state only advances (pending → dispatched → queued/retrying → synced or failed).
 */
public final class StatusTransitions {

    private StatusTransitions() {
    }

    /**
     * Applies the outcome to the row; returns true when the row changed. A synced row (a grant held or a revocation
     * done) keeps no error and no {@code <vendor>.awaiting} ref ({@link OutcomeRefs}): both were about the wait that
     * has just ended.
     */
    public static boolean apply(SyncStatus row, SyncOutcome outcome, Instant now) {
        boolean changed = moveState(row, outcome, now);
        return mergeRefs(row, outcome) || changed;
    }

    /**
     * A new desired version starts clean: the previous version's warning and what Seam awaited for it are stale once
     * it is superseded (its version stays visible as the observed one).
     */
    public static void startVersion(SyncStatus row) {
        clearError(row);
        Map<String, String> refs = new HashMap<>(StatusEvents.vendorRefs(row));
        if (OutcomeRefs.removeAwaiting(refs)) {
            row.vendorRefs = new String(Json.write(refs), StandardCharsets.UTF_8);
        }
    }

    private static boolean moveState(SyncStatus row, SyncOutcome outcome, Instant now) {
        if (outcome.version() > row.desiredVersion) {
            return false; // not a version we asked for; ignore rather than invent state
        }
        if (outcome.version() < row.desiredVersion) {
            if (outcome.phase() == SyncPhase.APPLIED && (row.observedVersion == null
                    || outcome.version() > row.observedVersion)) {
                row.observedVersion = outcome.version();
                row.changedAt = now;
                return true;
            }
            return false;
        }
        SyncState current = SyncState.valueOf(row.state.toUpperCase());
        SyncState next = stateFor(outcome.phase());
        if (next == null || !advances(current, next)) {
            return recordNotice(row, current, outcome, now);
        }
        row.state = next.name().toLowerCase();
        row.changedAt = now;
        switch (next) {
            case SYNCED -> {
                row.observedVersion = outcome.version();
                row.syncedAt = outcome.occurredAt() == null ? now : outcome.occurredAt();
                row.pendingSince = null;
                clearError(row);
            }
            case FAILED, RETRYING, DISPATCHED, QUEUED_ON_DEVICE -> recordError(row, outcome, now);
            default -> {
            }
        }
        return true;
    }

    private static SyncState stateFor(SyncPhase phase) {
        return switch (phase) {
            case ACCEPTED -> SyncState.DISPATCHED;
            case QUEUED_ON_DEVICE -> SyncState.QUEUED_ON_DEVICE;
            case APPLIED -> SyncState.SYNCED;
            case RETRYING -> SyncState.RETRYING;
            case FAILED -> SyncState.FAILED;
            case SUPERSEDED -> null; // a newer version is on its way; nothing to record for this one
        };
    }

    private static int rank(SyncState state) {
        return switch (state) {
            case PENDING -> 0;
            case DISPATCHED -> 1;
            case QUEUED_ON_DEVICE, RETRYING -> 2;
            case FAILED -> 3;
            case SYNCED -> 4;
        };
    }

    /** Same-rank moves are allowed between queued and retrying (a queued device may report a retry and back). */
    private static boolean advances(SyncState current, SyncState next) {
        if (current == next) {
            return false;
        }
        if (current == SyncState.SYNCED) {
            return false;
        }
        return rank(next) >= rank(current);
    }

    /**
     * A vendor's warning while it works on the version (Seam's {@code waiting_to_be_issued}) is news even when the
     * state stays where it is.
     */
    private static boolean recordNotice(SyncStatus row, SyncState current, SyncOutcome outcome, Instant now) {
        if (current == SyncState.SYNCED || current == SyncState.FAILED || outcome.errorCode() == null
                || outcome.phase() != SyncPhase.ACCEPTED && outcome.phase() != SyncPhase.QUEUED_ON_DEVICE
                || outcome.errorCode().equals(row.lastErrorCode)
                        && Long.valueOf(outcome.version()).equals(row.lastErrorVersion)) {
            return false;
        }
        recordError(row, outcome, now);
        row.changedAt = now;
        return true;
    }

    private static void recordError(SyncStatus row, SyncOutcome outcome, Instant now) {
        if (outcome.errorCode() != null || outcome.vendorMessage() != null) {
            row.lastErrorCode = outcome.errorCode();
            row.lastErrorMessage = outcome.vendorMessage();
            row.lastErrorVersion = outcome.version();
            row.lastErrorAt = outcome.occurredAt() == null ? now : outcome.occurredAt();
        }
    }

    private static void clearError(SyncStatus row) {
        row.lastErrorCode = null;
        row.lastErrorMessage = null;
        row.lastErrorVersion = null;
        row.lastErrorAt = null;
    }

    /**
     * Adds the outcome's refs. What a vendor still awaits is only news for the desired version while it is not synced:
     * a late {@code accepted}, or one for an older version, must not bring back a wait that has ended.
     */
    private static boolean mergeRefs(SyncStatus row, SyncOutcome outcome) {
        Map<String, String> before = StatusEvents.vendorRefs(row);
        Map<String, String> refs = new HashMap<>(before);
        refs.putAll(outcome.vendorRefs());
        if (SyncState.SYNCED.name().equalsIgnoreCase(row.state)) {
            OutcomeRefs.removeAwaiting(refs);
        } else if (outcome.version() != row.desiredVersion) {
            // an older version's outcome must not change what the current version awaits
            OutcomeRefs.removeAwaiting(refs);
            before.entrySet().stream().filter(e -> OutcomeRefs.isAwaiting(e.getKey()))
                    .forEach(e -> refs.put(e.getKey(), e.getValue()));
        }
        if (refs.equals(before)) {
            return false;
        }
        row.vendorRefs = new String(Json.write(refs), StandardCharsets.UTF_8);
        return true;
    }
}
