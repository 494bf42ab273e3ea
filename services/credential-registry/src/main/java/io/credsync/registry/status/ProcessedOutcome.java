package io.credsync.registry.status;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An outcome event id already folded: duplicates change nothing. */
@Entity
@Table(name = "processed_outcome")
public class ProcessedOutcome extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "received_at")
    public Instant receivedAt;

}
