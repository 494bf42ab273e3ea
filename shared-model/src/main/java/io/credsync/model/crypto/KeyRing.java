package io.credsync.model.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data-encryption keys a process knows, by key id, and the one it encrypts with. Rotation: add a new key,
 * make it active, and keep the old ones until nothing encrypted under them remains.
 *
 * <p>
 * Configured as {@code id=base64key,id2=base64key} (e.g. from the environment or a Kubernetes Secret); each key is
 * 32 random bytes.
 */
public final class KeyRing {

    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("active key id '" + activeKeyId + "' is not among the configured keys "
                    + keys.keySet());
        }
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /** Parses {@code id=base64,id2=base64}; the active key must be one of them. */
    public static KeyRing parse(String spec, String activeKeyId) {
        var keys = new LinkedHashMap<String, SecretKey>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("key entry must be id=base64 (entry #" + (keys.size() + 1) + ")");
            }
            String id = trimmed.substring(0, eq);
            keys.put(id, decodeKey(id, trimmed.substring(eq + 1)));
        }
        return new KeyRing(keys, activeKeyId);
    }

    public static KeyRing of(String activeKeyId, Map<String, byte[]> rawKeys) {
        var keys = new LinkedHashMap<String, SecretKey>();
        rawKeys.forEach((id, raw) -> keys.put(id, toKey(id, raw)));
        return new KeyRing(keys, activeKeyId);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String toString() {
        return "KeyRing[active=" + activeKeyId + ", ids=" + keys.keySet() + "]";
    }

    private static SecretKey decodeKey(String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key '" + id + "' is not valid base64", e);
        }
        return toKey(id, raw);
    }

    private static SecretKey toKey(String id, byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("key '" + id + "' must be " + KEY_BYTES + " bytes, got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }
}
