package io.credsync.registry.api;

import java.util.List;

import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.json.CredsyncJson;

/**
 * A credential's whole desired state as REST callers send it (over TLS, the value in clear). An absent value keeps
 * the stored one, so a masked GET can be edited and PUT back.
 */
@CredsyncJson
public record CredentialBody(String externalHolderId, HolderDetails holder, CredentialKind kind, String value,
        FormatHints format, ValidityWindow validity, List<Grant> grants) {

    /** Masks the value so a body can be logged or echoed. */
    @Override
    public String toString() {
        return "CredentialBody[holder=" + externalHolderId + ", kind=" + kind + ", value=****, grants=" + grants + "]";
    }
}
