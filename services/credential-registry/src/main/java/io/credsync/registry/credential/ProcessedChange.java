package io.credsync.registry.credential;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A change event id already applied, with what it produced: a redelivery returns the same answer. */
@Entity
@Table(name = "processed_change")
public class ProcessedChange extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    public String tenant;
    @Column(name = "credential_id")
    public UUID credentialId;
    public Long version;
    /** Keyed digest of the REST request behind an Idempotency-Key; empty for input-topic events. */
    @Column(name = "request_digest")
    public String requestDigest;
    @Column(name = "received_at")
    public Instant receivedAt;
}
