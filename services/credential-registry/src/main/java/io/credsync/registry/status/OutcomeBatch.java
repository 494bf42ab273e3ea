package io.credsync.registry.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.credsync.model.outcome.SyncOutcome;
import io.smallrye.mutiny.Uni;

/** The status rows and processed ids a batch of outcomes touches, loaded with one query each. */
final class OutcomeBatch {

    final Map<UUID, List<SyncStatus>> rows = new HashMap<>();
    final Set<UUID> processed = new HashSet<>();

    static Uni<OutcomeBatch> load(List<SyncOutcome> outcomes) {
        var batch = new OutcomeBatch();
        List<UUID> eventIds = outcomes.stream().map(SyncOutcome::eventId).toList();
        List<UUID> credentialIds = outcomes.stream().map(SyncOutcome::credentialId).distinct().toList();
        credentialIds.forEach(id -> batch.rows.put(id, new ArrayList<>()));
        return ProcessedOutcome.<ProcessedOutcome>list("eventId in ?1", eventIds)
                .invoke(found -> found.forEach(p -> batch.processed.add(p.eventId)))
                .chain(() -> SyncStatus.lockedFor(credentialIds))
                .invoke(found -> found.forEach(s -> batch.rows.get(s.credentialId).add(s)))
                .replaceWith(batch);
    }
}
