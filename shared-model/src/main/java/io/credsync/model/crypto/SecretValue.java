package io.credsync.model.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential value in clear (card number, PIN, device secret). It exists only in memory; its toString is masked
 * so that it cannot reach a log through string concatenation or a record's toString.
 */
public final class SecretValue {

    private final String clear;

    private SecretValue(String clear) {
        this.clear = Objects.requireNonNull(clear, "clear");
    }

    public static SecretValue of(String clear) {
        return new SecretValue(clear);
    }

    /** The clear value, for the one place that must send it to a vendor or validate it. */
    public String reveal() {
        return clear;
    }

    public int length() {
        return clear.length();
    }

    /** The value as shown to callers without the read permission: the last two characters at most. */
    public String masked() {
        int shown = clear.length() > 6 ? 2 : 0;
        return "*".repeat(Math.max(4, clear.length() - shown)) + clear.substring(clear.length() - shown);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretValue that && MessageDigest.isEqual(bytes(), that.bytes());
    }

    @Override
    public int hashCode() {
        return clear.hashCode();
    }

    @Override
    public String toString() {
        return "SecretValue[****]";
    }

    private byte[] bytes() {
        return clear.getBytes(StandardCharsets.UTF_8);
    }
}
