package io.credsync.simulator.seam.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A credential's mutable state. Guarded by the {@link Workspace} lock. */
final class AcsCredential {

    final String id;
    final String systemId;
    final String accessMethod;
    final String externalType;
    final boolean multiPhoneSync;
    final List<String> allowedEntranceIds;
    final Instant createdAt;
    String userId;
    String code;
    Instant startsAt;
    Instant endsAt;
    String cardNumber;
    Instant issuedAt;
    SyncState state = SyncState.CREATING;
    long generation;
    boolean everIssued;
    Instant syncedAt;
    final List<Notice> warnings = new ArrayList<>();
    final List<Notice> errors = new ArrayList<>();

    AcsCredential(String id, String systemId, String accessMethod, String externalType, boolean multiPhoneSync,
            List<String> allowedEntranceIds, Instant createdAt) {
        this.id = id;
        this.systemId = systemId;
        this.accessMethod = accessMethod;
        this.externalType = externalType;
        this.multiPhoneSync = multiPhoneSync;
        this.allowedEntranceIds = List.copyOf(allowedEntranceIds);
        this.createdAt = createdAt;
    }

    boolean isGone() {
        return state == SyncState.DELETED;
    }

    void replaceWarning(String code, String message, Instant now) {
        removeWarning(code);
        warnings.add(new Notice(code, message, now));
    }

    void removeWarning(String code) {
        warnings.removeIf(w -> w.code().equals(code));
    }

    String displayName() {
        return switch (accessMethod) {
            case "code" -> code == null ? "PIN code" : code;
            case "card" -> cardNumber == null ? "Card" : "Card " + cardNumber;
            default -> "Mobile Key";
        };
    }
}
