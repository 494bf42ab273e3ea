package io.credsync.registry.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.credential.CredentialChange;
import io.credsync.model.crypto.EnvelopeException;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.validation.ChangeStructureRules;
import io.credsync.model.validation.Violation;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.CredentialMutation;

/** Turns an input-topic change into a mutation: structure checked, value opened with the producer's context. */
@ApplicationScoped
public class ChangeMapper {

    private final ValueCipher cipher;

    public ChangeMapper(ValueCipher cipher) {
        this.cipher = cipher;
    }

    public CredentialMutation toMutation(CredentialChange change) {
        var violations = ChangeStructureRules.check(change);
        if (!violations.isEmpty()) {
            throw new ChangeRejectedException(ChangeRejectedException.Kind.INVALID, violations);
        }
        return new CredentialMutation(change.tenant(), change.eventId(), change.externalCredentialId(),
                change.externalHolderId(), change.operation(), change.holder(), change.kind(), open(change),
                change.format(), change.validity(), change.grants(), null, null);
    }

    private SecretValue open(CredentialChange change) {
        if (change.value() == null) {
            return null;
        }
        try {
            return cipher.decrypt(change.value(), change.envelopeContext());
        } catch (EnvelopeException e) {
            throw new ChangeRejectedException(ChangeRejectedException.Kind.INVALID,
                    List.of(new Violation("value", null, "value.envelope", e.getMessage())));
        }
    }
}
