package io.credsync.model.command;

import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.json.CredsyncJson;

/**
 * The whole state one target should hold for one credential at one version. State, not a delta: a dispatcher can
 * apply any command, or skip it when a newer one was applied, and end in the same place. When absent, only
 * {@code presence} and {@code kind} are meaningful (the dispatcher finds what to remove from its own records).
 */
@CredsyncJson
public record DesiredState(
        Presence presence,
        CredentialKind kind,
        EncryptedValue value,
        FormatHints format,
        ValidityWindow validity,
        HolderRef holder,
        GrantParameters grant) {

    public static DesiredState absent(CredentialKind kind, HolderRef holder) {
        return new DesiredState(Presence.ABSENT, kind, null, null, null, holder, null);
    }
}
