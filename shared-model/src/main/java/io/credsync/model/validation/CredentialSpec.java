package io.credsync.model.validation;

import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.SecretValue;

/** A credential as validation needs it, with the value in clear (validation runs before sealing or after opening). */
public record CredentialSpec(
        CredentialKind kind,
        SecretValue value,
        FormatHints format,
        ValidityWindow validity,
        HolderDetails holder) {

    public CredentialSpec {
        format = format == null ? FormatHints.NONE : format;
        validity = validity == null ? ValidityWindow.ALWAYS : validity;
    }

    public String clearValue() {
        return value == null ? null : value.reveal();
    }
}
