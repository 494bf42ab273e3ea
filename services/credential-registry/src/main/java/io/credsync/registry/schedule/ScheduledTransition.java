package io.credsync.registry.schedule;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A validity-window edge (activation or expiry) the scheduler must act on at {@code dueAt}. */
@Entity
@Table(name = "scheduled_transition")
@IdClass(ScheduledTransition.Key.class)
public class ScheduledTransition extends PanacheEntityBase {

    public static final String ACTIVATION = "activation";
    public static final String EXPIRY = "expiry";

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;
    @Id
    public String edge;
    @Column(name = "due_at")
    public Instant dueAt;

    public record Key(UUID credentialId, String edge) implements java.io.Serializable {
    }

    public static ScheduledTransition of(UUID credentialId, String edge, Instant dueAt) {
        var row = new ScheduledTransition();
        row.credentialId = credentialId;
        row.edge = edge;
        row.dueAt = dueAt;
        return row;
    }
}
