package io.credsync.registry.write;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import io.credsync.model.command.DesiredState;
import io.credsync.model.command.HolderRef;
import io.credsync.model.command.Presence;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.json.Json;
import io.credsync.registry.credential.Credential;
import io.credsync.registry.targets.Target;

/** Computes what one target should hold for one credential right now. Pure: no I/O. */
public final class DesiredStates {

    private DesiredStates() {
    }

    /**
     * @param grant the target's grant parameters, or null when the grant was removed
     */
    public static DesiredState of(Credential credential, HolderRef holder, GrantParameters grant, Target target,
            Instant now) {
        Presence presence = grant == null ? Presence.ABSENT : credential.state().presence();
        if (presence == Presence.PRESENT && !inWindowFor(credential, target, now)) {
            presence = Presence.ABSENT;
        }
        if (presence == Presence.ABSENT) {
            return DesiredState.absent(credential.kind(), holder);
        }
        return new DesiredState(presence, credential.kind(), credential.value(), credential.format(),
                credential.validity(), holder, grant);
    }

    /**
     * After the end every target drops the credential; before the start only vendors that enforce windows themselves
     * hold it (with the window), the others get it at the start.
     */
    private static boolean inWindowFor(Credential credential, Target target, Instant now) {
        var window = credential.validity();
        if (window.endsAt() != null && !now.isBefore(window.endsAt())) {
            return false;
        }
        return window.startsAt() == null || !now.isBefore(window.startsAt()) || target.vendor()
                .enforcesValidityWindow();
    }

    /** A digest of the state and address sent: a target whose fingerprint is unchanged needs no new command. */
    public static String fingerprint(DesiredState desired, Target target) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(Json.write(desired));
            digest.update(Json.write(target.address()));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
