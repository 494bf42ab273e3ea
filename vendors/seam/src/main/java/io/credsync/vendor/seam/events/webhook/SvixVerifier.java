package io.credsync.vendor.seam.events.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook the way Svix signs it: {@code svix-signature} holds space-separated {@code v1,<base64>}
 * signatures, each an HMAC-SHA256 of {@code "<svix-id>.<svix-timestamp>.<raw body>"} keyed with the base64-decoded
 * part after {@code whsec_} of a secret. Any signature matching any configured secret passes (Svix signs with the
 * old and the new secret while one is rotated). The timestamp must be within {@link #TOLERANCE} of now, either way,
 * so a captured message cannot be replayed later. Header names are case-insensitive.
 */
public final class SvixVerifier {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final String SECRET_PREFIX = "whsec_";

    /** A verified message: its Svix id (stable across retries) and timestamp. */
    public record Verified(String messageId, Instant timestamp) {
    }

    private final List<byte[]> keys;
    private final Clock clock;

    /** @throws IllegalArgumentException if a secret is not {@code whsec_<base64>} (the message names no secret) */
    public SvixVerifier(List<String> secrets, Clock clock) {
        this.keys = secrets.stream().map(SvixVerifier::key).toList();
        this.clock = clock;
    }

    public Verified verify(Map<String, String> headers, byte[] body) throws WebhookRejected {
        var lower = new java.util.HashMap<String, String>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        String id = required(lower, "svix-id");
        String timestamp = required(lower, "svix-timestamp");
        String signatures = required(lower, "svix-signature");
        Instant sentAt = checkedTimestamp(timestamp);
        if (keys.isEmpty()) {
            throw new WebhookRejected("no webhook secret is configured for this connection");
        }
        byte[] signed = signedContent(id, timestamp, body);
        for (byte[] key : keys) {
            byte[] expected = hmac(key, signed);
            for (String candidate : signatures.trim().split(" +")) {
                if (matches(candidate, expected)) {
                    return new Verified(id, sentAt);
                }
            }
        }
        throw new WebhookRejected("no matching signature");
    }

    private Instant checkedTimestamp(String timestamp) throws WebhookRejected {
        Instant sentAt;
        try {
            sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new WebhookRejected("svix-timestamp is not a unix time");
        }
        Duration skew = Duration.between(sentAt, clock.instant()).abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            throw new WebhookRejected("svix-timestamp is more than " + TOLERANCE.toMinutes() + " minutes from now");
        }
        return sentAt;
    }

    private static boolean matches(String candidate, byte[] expected) {
        int comma = candidate.indexOf(',');
        if (comma < 0 || !"v1".equals(candidate.substring(0, comma))) {
            return false; // other schemes (e.g. v1a, asymmetric) are not configured here
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(candidate.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, expected);
    }

    private static String required(Map<String, String> headers, String name) throws WebhookRejected {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new WebhookRejected("missing header " + name);
        }
        return value;
    }

    /** {@code "<id>.<timestamp>."} followed by the body's bytes exactly as received. */
    static byte[] signedContent(String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            byte[] key = Base64.getDecoder().decode(encoded.trim());
            if (key.length == 0) {
                throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64");
        }
    }
}
