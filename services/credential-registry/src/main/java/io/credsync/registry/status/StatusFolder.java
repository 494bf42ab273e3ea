package io.credsync.registry.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.registry.outbox.MultiRowInsert;
import io.credsync.registry.outbox.OutboxMessage;
import io.smallrye.mutiny.Uni;

/**
 * Folds outcomes into their status rows and announces each changed row once, inside the caller's transaction.
 * Duplicates (same event id, in this batch or before) change nothing.
 */
@ApplicationScoped
public class StatusFolder {

    private static final Logger LOG = Logger.getLogger(StatusFolder.class);

    /** @return how many status rows changed */
    public Uni<Integer> fold(List<SyncOutcome> outcomes) {
        return OutcomeBatch.load(outcomes).flatMap(batch -> foldLoaded(outcomes, batch));
    }

    private Uni<Integer> foldLoaded(List<SyncOutcome> outcomes, OutcomeBatch batch) {
        Instant now = Instant.now();
        Set<SyncStatus> changed = new LinkedHashSet<>();
        List<Object[]> processedIds = new ArrayList<>();
        for (SyncOutcome outcome : outcomes) {
            if (!batch.processed.add(outcome.eventId())) {
                continue;
            }
            processedIds.add(new Object[]{outcome.eventId()});
            var row = batch.rows.get(outcome.credentialId()).stream()
                    .filter(r -> r.targetId.equals(outcome.targetId()) && r.tenant.equals(outcome.tenant()))
                    .findFirst();
            if (row.isEmpty()) {
                LOG.warnf("outcome %s names no known status (credential %s, target %s); ignored",
                        outcome.eventId(), outcome.credentialId(), outcome.targetId());
            } else if (StatusTransitions.apply(row.get(), outcome, now)) {
                changed.add(row.get());
            }
        }
        List<OutboxMessage> announcements = new ArrayList<>();
        for (SyncStatus row : changed) {
            announcements.addAll(StatusEvents.messages(List.of(row), batch.rows.get(row.credentialId)));
        }
        return MultiRowInsert.insert("processed_outcome", List.of("event_id"), processedIds)
                .chain(() -> MultiRowInsert.outbox(announcements))
                .replaceWith(changed.size());
    }
}
