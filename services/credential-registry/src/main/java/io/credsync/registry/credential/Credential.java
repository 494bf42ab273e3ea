package io.credsync.registry.credential;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.credsync.model.credential.CardEncoding;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.crypto.EnvelopeContext;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A credential with its value sealed at rest (envelope bound to tenant + this id, the same envelope commands carry).
 * {@code version} is bumped by every change and is the ETag.
 */
@Entity
@Table(name = "credential")
public class Credential extends PanacheEntityBase {

    @Id
    public UUID id;
    public String tenant;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "holder_id")
    public UUID holderId;
    public String kind;
    @Column(name = "value_key_id")
    public String valueKeyId;
    @Column(name = "value_iv")
    public String valueIv;
    @Column(name = "value_ciphertext")
    public String valueCiphertext;
    @Column(name = "card_encoding")
    public String cardEncoding;
    @Column(name = "wiegand_bits")
    public Integer wiegandBits;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String state;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public CredentialKind kind() {
        return CredentialKind.valueOf(kind.toUpperCase());
    }

    public CredentialState state() {
        return CredentialState.fromDb(state);
    }

    public EncryptedValue value() {
        return valueCiphertext == null ? null : new EncryptedValue(valueKeyId, valueIv, valueCiphertext);
    }

    public void value(EncryptedValue sealed) {
        valueKeyId = sealed == null ? null : sealed.keyId();
        valueIv = sealed == null ? null : sealed.iv();
        valueCiphertext = sealed == null ? null : sealed.ciphertext();
    }

    public FormatHints format() {
        return new FormatHints(cardEncoding == null ? null : CardEncoding.valueOf(cardEncoding.toUpperCase()),
                wiegandBits);
    }

    public void format(FormatHints hints) {
        var h = hints == null ? FormatHints.NONE : hints;
        cardEncoding = h.cardEncoding() == null ? null : h.cardEncoding().name().toLowerCase();
        wiegandBits = h.wiegandBits();
    }

    public ValidityWindow validity() {
        return new ValidityWindow(startsAt, endsAt);
    }

    public EnvelopeContext envelopeContext() {
        return new EnvelopeContext(tenant, id.toString());
    }
}
