package io.credsync.registry.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.registry.credential.Credential;
import io.credsync.registry.credential.CredentialState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Keeps a credential's future window edges in {@code scheduled_transition}, inside the caller's transaction. */
@ApplicationScoped
public class TransitionScheduler {

    public Uni<Void> reschedule(Credential credential, Instant now) {
        List<Object> edges = new ArrayList<>();
        if (credential.state() != CredentialState.REVOKED) {
            if (credential.startsAt != null && credential.startsAt.isAfter(now)) {
                edges.add(ScheduledTransition.of(credential.id, ScheduledTransition.ACTIVATION, credential.startsAt));
            }
            if (credential.endsAt != null && credential.endsAt.isAfter(now)) {
                edges.add(ScheduledTransition.of(credential.id, ScheduledTransition.EXPIRY, credential.endsAt));
            }
        }
        return ScheduledTransition.delete("credentialId", credential.id)
                .chain(() -> edges.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : Panache.getSession().chain(s -> s.persistAll(edges.toArray())));
    }
}
