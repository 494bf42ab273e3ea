package io.credsync.simulator.seam.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An access system user's mutable state. Guarded by the {@link Workspace} lock. */
final class AcsUser {

    final String id;
    final String systemId;
    final Instant createdAt;
    String fullName;
    String emailAddress;
    String phoneNumber;
    Instant accessStartsAt;
    Instant accessEndsAt;
    boolean hasAccessSchedule;
    boolean suspended;
    final Set<String> accessGroupIds = new LinkedHashSet<>();
    SyncState state = SyncState.CREATING;
    long generation;
    Instant lastSuccessfulSyncAt;
    final List<Notice> warnings = new ArrayList<>();
    final List<Notice> errors = new ArrayList<>();
    final List<Notice> pendingMutations = new ArrayList<>();

    AcsUser(String id, String systemId, Instant createdAt) {
        this.id = id;
        this.systemId = systemId;
        this.createdAt = createdAt;
    }

    boolean isGone() {
        return state == SyncState.DELETED;
    }

    void pending(String mutationCode, String message, Instant now) {
        pendingMutations.removeIf(m -> m.code().equals(mutationCode));
        pendingMutations.add(new Notice(mutationCode, message, now));
    }
}
