package io.credsync.registry.api;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.crypto.SecretValue;
import io.credsync.registry.credential.ChangeRejectedException;
import io.credsync.registry.credential.CredentialMutation;

/** Turns REST bodies into mutations, shared by the single and the bulk endpoint. */
@ApplicationScoped
public class MutationFactory {

    public CredentialMutation upsert(String tenant, String externalId, CredentialBody body, Long expectedVersion,
            UUID eventId) {
        if (body == null) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "body", "http.body.required",
                    "a credential body is required");
        }
        if (body.externalHolderId() == null || body.externalHolderId().isBlank()) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "external_holder_id",
                    "credential.external_holder_id.required", "external_holder_id is required");
        }
        if (body.kind() == null) {
            throw ChangeRejectedException.of(ChangeRejectedException.Kind.INVALID, "kind", "credential.kind.required",
                    "kind is required");
        }
        return new CredentialMutation(tenant, eventId, externalId, body.externalHolderId(), ChangeOperation.UPSERT,
                body.holder(), body.kind(), body.value() == null ? null : SecretValue.of(body.value()), body.format(),
                body.validity(), body.grants(), expectedVersion, null);
    }

    /** Any opaque key works; scoped by tenant so that two tenants' keys never collide. */
    public static UUID eventId(String tenant, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        return UUID.nameUUIDFromBytes((tenant + ":" + idempotencyKey.trim())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
