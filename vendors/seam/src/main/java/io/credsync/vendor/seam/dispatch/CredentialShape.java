package io.credsync.vendor.seam.dispatch;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import io.credsync.model.command.DesiredState;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.json.Json;

/**
 * What Seam cannot change on an existing credential: access method, start, entrances, the card, and whether it ends
 * at all (an end cannot be removed). A different shape means delete and re-create; only {@code code} and
 * {@code ends_at} are updated in place.
 */
record CredentialShape(String accessMethod, Instant startsAt, boolean openEnded, List<String> entranceIds,
        String cardValue) {

    static CredentialShape of(DesiredState desired) {
        var grant = desired.grant() instanceof GrantParameters.Seam seam ? seam : new GrantParameters.Seam(null, null);
        var window = desired.validity();
        return new CredentialShape(accessMethod(desired.kind()), window == null ? null : window.startsAt(),
                window == null || window.endsAt() == null, grant.acsEntranceIds().stream().sorted().toList(),
                desired.kind() == CredentialKind.CARD ? valueFingerprint(desired.value()) : null);
    }

    /** Seam's access_method for a credsync kind (the registry refuses other kinds for Seam targets). */
    static String accessMethod(CredentialKind kind) {
        return switch (kind) {
            case PIN -> "code";
            case CARD -> "card";
            case MOBILE_KEY -> "mobile_key";
            default -> throw new IllegalArgumentException("Seam has no access method for kind " + kind);
        };
    }

    /**
     * A digest of the sealed value, to notice a changed PIN or card without keeping it: the registry reseals a value
     * only when it changed.
     */
    static String valueFingerprint(EncryptedValue value) {
        return value == null ? "none" : sha256(Json.write(value));
    }

    String digest() {
        return sha256(Json.write(this));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
