package io.credsync.registry.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;
import io.credsync.model.validation.ChangeStructureRules;
import io.credsync.model.validation.FieldLimits;
import io.credsync.model.validation.Violation;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.CredentialMutation;
import io.credsync.registry.request.InvalidParameterException;

/**
 * Turns REST bodies into mutations, shared by the single and the bulk endpoint. The structure and
 * {@link FieldLimits} checks are the input topic's ({@link ChangeStructureRules}), so both doors refuse the same
 * changes.
 */
@ApplicationScoped
public class MutationFactory {

    public CredentialMutation upsert(String tenant, String externalId, CredentialBody body, Long expectedVersion,
            UUID eventId) {
        if (body == null) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "body", "http.body.required",
                    "a credential body is required");
        }
        var violations = new ArrayList<Violation>(ChangeStructureRules.checkCredentialId("external_credential_id",
                externalId));
        violations.addAll(ChangeStructureRules.checkUpsert(body.externalHolderId(), body.holder(), body.kind(),
                body.format(), body.validity(), body.grants()));
        if (!violations.isEmpty()) {
            throw new ChangeRejectedException(ChangeRejectedException.Kind.INVALID, violations);
        }
        return new CredentialMutation(tenant, eventId, externalId, body.externalHolderId(), ChangeOperation.UPSERT,
                body.holder(), body.kind(), body.value() == null ? null : SecretValue.of(body.value()), body.format(),
                body.validity(), body.grants(), expectedVersion, null);
    }

    /** Any opaque key works; scoped by tenant so that two tenants' keys never collide. */
    public static UUID eventId(String tenant, String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        String key = idempotencyKey.trim();
        if (key.isEmpty() || key.length() > FieldLimits.IDEMPOTENCY_KEY_MAX || !FieldLimits.isId(key)) {
            throw new InvalidParameterException("header.Idempotency-Key", "idempotency_key.format",
                    "Idempotency-Key must be 1-" + FieldLimits.IDEMPOTENCY_KEY_MAX + " printable characters");
        }
        return UUID.nameUUIDFromBytes((tenant + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What an Idempotency-Key stands for: the operation, the credential, If-Match and the body as parsed (so
     * whitespace or field order do not make two requests differ). Only ever fed to a keyed digest.
     */
    public static byte[] canonicalRequest(String operation, String externalId, Long expectedVersion, Object body) {
        var out = new ByteArrayOutputStream();
        for (String part : new String[]{operation, externalId, String.valueOf(expectedVersion)}) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        out.writeBytes(body == null ? new byte[0] : Json.write(body));
        return out.toByteArray();
    }
}
