package io.credsync.simulator.seam.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Svix's webhook signature: {@code v1,<base64 HMAC-SHA256 of "<svix-id>.<svix-timestamp>.<body>">}, keyed with the
 * base64-decoded part of the {@code whsec_...} secret; one space-separated signature per active secret (several
 * while a secret is being rotated).
 */
public final class SvixSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SvixSignature() {
    }

    public static String header(String svixId, long timestamp, String body, List<String> secrets) {
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            signatures.add("v1," + sign(svixId, timestamp, body, secret));
        }
        return String.join(" ", signatures);
    }

    public static String sign(String svixId, long timestamp, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((svixId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The key bytes of a {@code whsec_<base64>} secret. */
    public static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64", e);
        }
    }

    /** A fresh {@code whsec_} secret (24 random bytes, as Svix issues). */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** A Svix message id: {@code msg_} and 27 random alphanumerics. */
    public static String newMessageId() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder id = new StringBuilder("msg_");
        for (int i = 0; i < 27; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
