package io.credsync.registry.credential;

import java.util.List;
import java.util.UUID;

import io.credsync.model.command.CommandReason;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.SecretValue;

/**
 * One change to one credential, from whichever door it came in (REST, bulk, the input topic), with the value in
 * clear in memory only.
 *
 * @param eventId idempotency key; null for REST calls without one
 * @param expectedVersion the If-Match version; null when the caller did not ask for optimistic concurrency
 * @param reason overrides the reason derived from the operation (emergency revoke, window edges)
 */
public record CredentialMutation(
        String tenant,
        UUID eventId,
        String externalCredentialId,
        String externalHolderId,
        ChangeOperation operation,
        HolderDetails holder,
        CredentialKind kind,
        SecretValue value,
        FormatHints format,
        ValidityWindow validity,
        List<Grant> grants,
        Long expectedVersion,
        CommandReason reason) {

    public CredentialMutation {
        grants = grants == null ? List.of() : List.copyOf(grants);
        format = format == null ? FormatHints.NONE : format;
        validity = validity == null ? ValidityWindow.ALWAYS : validity;
    }

    public static CredentialMutation lifecycle(String tenant, UUID eventId, String externalCredentialId,
            ChangeOperation operation, Long expectedVersion, CommandReason reason) {
        return new CredentialMutation(tenant, eventId, externalCredentialId, null, operation, null, null, null, null,
                null, List.of(), expectedVersion, reason);
    }
}
