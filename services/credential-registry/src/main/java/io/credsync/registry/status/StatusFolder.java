package io.credsync.registry.status;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.credsync.model.outcome.SyncOutcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Folds one outcome into its status row and announces the change, inside the caller's transaction. */
@ApplicationScoped
public class StatusFolder {

    private static final Logger LOG = Logger.getLogger(StatusFolder.class);

    /** @return true when the status changed */
    public Uni<Boolean> fold(SyncOutcome outcome) {
        return ProcessedOutcome.<ProcessedOutcome>findById(outcome.eventId())
                .flatMap(seen -> seen != null ? Uni.createFrom().item(false) : foldOnce(outcome));
    }

    private Uni<Boolean> foldOnce(SyncOutcome outcome) {
        return SyncStatus.<SyncStatus>list("credentialId", outcome.credentialId())
                .flatMap(rows -> {
                    var row = rows.stream().filter(r -> r.targetId.equals(outcome.targetId())).findFirst();
                    if (row.isEmpty() || !row.get().tenant.equals(outcome.tenant())) {
                        LOG.warnf("outcome %s names no known status (credential %s, target %s); ignored",
                                outcome.eventId(), outcome.credentialId(), outcome.targetId());
                        return remember(outcome, List.of()).replaceWith(false);
                    }
                    boolean changed = StatusTransitions.apply(row.get(), outcome, Instant.now());
                    List<Object> writes = changed
                            ? List.copyOf(StatusEvents.messages(List.of(row.get()), rows))
                            : List.of();
                    return remember(outcome, writes).replaceWith(changed);
                });
    }

    private static Uni<Void> remember(SyncOutcome outcome, List<Object> writes) {
        var all = new java.util.ArrayList<Object>(writes);
        all.add(ProcessedOutcome.of(outcome.eventId()));
        return Panache.getSession().chain(s -> s.persistAll(all.toArray()));
    }
}
