package io.credsync.vendor.seam.dispatch;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.credsync.model.crypto.ValueCipher;
import io.credsync.vendor.seam.SeamRefs;
import io.credsync.vendor.seam.api.SeamClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;

/**
 * One conversation with Seam about one access system (a target), holder by holder. A transient or ambiguous failure
 * ends it (what was done so far is kept); a permanent one fails only the slots it concerns.
 */
final class SeamConversation {

    final SeamClient seam;
    final SeamUsers users;
    final ValueCipher cipher;
    final TargetWork work;
    final VendorConnection connection;
    final Instant now = Instant.now();
    final List<SlotResult> results = new ArrayList<>();
    /** acs_credential ids this target's slots own: never adopted or deleted as orphans. */
    final Set<String> knownCredentialIds = new HashSet<>();

    SeamConversation(SeamClient seam, SeamUsers users, ValueCipher cipher, TargetWork work,
            VendorConnection connection) {
        this.seam = seam;
        this.users = users;
        this.cipher = cipher;
        this.work = work;
        this.connection = connection;
        work.all().forEach(slot -> {
            String id = slot.vendorRefs().get(SeamRefs.ACS_CREDENTIAL_ID);
            if (id != null) {
                knownCredentialIds.add(id);
            }
        });
    }

    TargetResult run() throws SQLException {
        Map<UUID, List<Slot>> byHolder = new LinkedHashMap<>();
        work.all().forEach(slot -> byHolder.computeIfAbsent(slot.desired().desired().holder().holderId(),
                h -> new ArrayList<>()).add(slot));
        for (var holder : byHolder.entrySet()) {
            if (holder.getValue().stream().noneMatch(Slot::isPending)) {
                continue;
            }
            try {
                new HolderSync(this, holder.getKey(), holder.getValue()).run();
            } catch (VendorFailure failure) {
                if (failure.kind() != VendorFailure.Kind.PERMANENT) {
                    return new TargetResult(results, seam.calls(), failure);
                }
                failUnanswered(holder.getValue(), failure);
            }
        }
        return new TargetResult(results, seam.calls());
    }

    /** A refusal about the holder's acs_user fails each of the holder's pending slots not answered yet. */
    private void failUnanswered(List<Slot> slots, VendorFailure failure) {
        var answered = results.stream().map(SlotResult::credentialId).toList();
        slots.stream().filter(Slot::isPending).filter(s -> !answered.contains(s.credentialId()))
                .forEach(s -> results.add(SlotResult.failed(s.credentialId(), failure.code(), failure
                        .vendorMessage())));
    }

    String acsSystemId() {
        return work.address().address();
    }

    /** After an unanswered request (or a crash) Seam may hold what we asked for: look before writing again. */
    boolean isRetry() {
        return work.attempt() > 1;
    }
}
