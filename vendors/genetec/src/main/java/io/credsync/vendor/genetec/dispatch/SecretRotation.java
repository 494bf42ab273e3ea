package io.credsync.vendor.genetec.dispatch;

import java.security.SecureRandom;
import java.util.Base64;

import io.credsync.model.crypto.SecretValue;

/** Clearance documents no credential delete: revoking commits a random secret nobody knows in its place. */
final class SecretRotation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretRotation() {
    }

    static SecretValue replacement() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return SecretValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
}
