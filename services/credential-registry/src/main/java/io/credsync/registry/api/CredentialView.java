package io.credsync.registry.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.json.CredsyncJson;

/** A credential as the API returns it; {@code value} is masked unless the caller may read values. */
@CredsyncJson
public record CredentialView(UUID id, String externalId, String externalHolderId, CredentialKind kind, String value,
        boolean valueMasked, FormatHints format, ValidityWindow validity, String state, long version,
        List<Grant> grants, Instant createdAt, Instant updatedAt) {
}
