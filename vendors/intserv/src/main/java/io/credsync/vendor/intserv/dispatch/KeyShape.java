package io.credsync.vendor.intserv.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.credsync.model.Vendor;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.EnvelopeException;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.validation.CredentialSpec;
import io.credsync.model.validation.IntServRules;
import io.credsync.model.validation.TargetProfile;
import io.credsync.vendor.intserv.api.AccessKeyWrite;

/**
 * A command's access key: a card is a {@code proximity} key, a PIN a {@code code} key, both identified by the
 * credential's value; the validity window becomes {@code valid_from_date}/{@code valid_to_date}. The registry's
 * {@link IntServRules} are checked again here (a command may predate a rule, e.g. a system's shorter code length), so
 * that IntServ never receives a value its access systems would read differently.
 *
 * <p>
 * Suspension: IntServ has no suspend call. The key keeps its access levels and gets a window that ended long ago
 * ({@link #SUSPENDED_FROM}..{@link #SUSPENDED_TO}), rather than losing its levels: without levels the key's status
 * says {@code NotApplied}, so the access systems' taking the suspension could never be confirmed, while an expired
 * window propagates like any update and is confirmed {@code Applied}. Resume is the next present version, whose window
 * is written again as it is: nothing of the suspension is left.
 */
final class KeyShape {

    static final Instant SUSPENDED_FROM = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant SUSPENDED_TO = Instant.parse("2000-01-01T00:00:01Z");

    /** A command's key: spec, its keyed digest, the target's levels, and the window to write. */
    record Shaped(AccessKeyWrite.Key key, String specDigest, List<String> targetLevels, String validFrom,
            String validTo) {

        @Override
        public String toString() {
            return "Shaped[" + key + ", " + targetLevels + ", " + validFrom + ".." + validTo + "]";
        }
    }

    private final ValueCipher cipher;
    private final Clock clock;
    private final IntServRules rules = new IntServRules();

    KeyShape(ValueCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    Shaped of(SyncCommand command) throws KeyRefused {
        var desired = command.desired();
        SecretValue value;
        try {
            value = cipher.decrypt(desired.value(), command.envelopeContext());
        } catch (EnvelopeException e) {
            throw new KeyRefused("intserv.value_unreadable", "the credential value could not be opened");
        }
        var spec = new CredentialSpec(desired.kind(), value, desired.format(), desired.validity(),
                desired.holder() == null ? null : desired.holder().details());
        var violations = rules.checkGrant(spec, new TargetProfile(command.targetId(), Vendor.INTSERV,
                command.target()), desired.grant(), clock.instant());
        if (!violations.isEmpty()) {
            throw new KeyRefused(violations.get(0).rule(), violations.get(0).message());
        }
        String type = desired.kind() == CredentialKind.PIN ? "code" : "proximity";
        var key = new AccessKeyWrite.Key(value.reveal(), type);
        String digest = cipher.digest((type + "\n" + value.reveal()).getBytes(StandardCharsets.UTF_8),
                command.envelopeContext());
        var window = desired.validity() == null ? ValidityWindow.ALWAYS : desired.validity();
        boolean suspended = desired.presence() == Presence.SUSPENDED;
        return new Shaped(key, digest, ((GrantParameters.IntServ) desired.grant()).accessLevelIds(),
                iso(suspended ? SUSPENDED_FROM : window.startsAt()), iso(suspended ? SUSPENDED_TO : window.endsAt()));
    }

    /** Whether {@code digest} is of this command's key spec. */
    boolean sameSpec(String digest, SyncCommand command, AccessKeyWrite.Key key) {
        return cipher.matchesDigest(digest, (key.type() + "\n" + key.identification()).getBytes(
                StandardCharsets.UTF_8), command.envelopeContext());
    }

    /** ISO 8601 in UTC ({@code 2020-09-01T00:00:00Z}), as IntServ's dates are written. */
    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
