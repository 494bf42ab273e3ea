package io.credsync.registry.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A message written in the same transaction as the change it announces; the relay publishes and deletes it. */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    /** Urgent messages (taking access away) are relayed before normal ones. */
    public static final short URGENT = 0;
    public static final short NORMAL = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_ids")
    @SequenceGenerator(name = "outbox_ids", sequenceName = "outbox_id_seq", allocationSize = 50)
    public Long id;
    public String topic;
    @Column(name = "message_key")
    public String messageKey;
    public byte[] payload;
    public short priority;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static OutboxMessage of(String topic, String key, byte[] payload, short priority) {
        var message = new OutboxMessage();
        message.topic = topic;
        message.messageKey = key;
        message.payload = payload;
        message.priority = priority;
        return message;
    }
}
