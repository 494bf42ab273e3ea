package io.credsync.model.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Seals and opens credential values with AES-256-GCM envelopes. Thread-safe. */
public final class ValueCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final String HMAC = "HmacSHA256";

    private final KeyRing keyRing;
    private final SecureRandom random = new SecureRandom();

    public ValueCipher(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    public EncryptedValue encrypt(SecretValue value, EnvelopeContext context) {
        String keyId = keyRing.activeKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyRing.activeKey(), iv, context.associatedData(keyId));
            byte[] sealed = cipher.doFinal(value.reveal().getBytes(StandardCharsets.UTF_8));
            return new EncryptedValue(keyId, encode(iv), encode(sealed));
        } catch (GeneralSecurityException e) {
            throw new EnvelopeException("encryption failed with key '" + keyId + "'", e);
        }
    }

    public SecretValue decrypt(EncryptedValue envelope, EnvelopeContext context) {
        if (envelope == null || envelope.keyId() == null || envelope.iv() == null || envelope.ciphertext() == null) {
            throw new EnvelopeException("incomplete envelope: key_id, iv and ciphertext are required");
        }
        SecretKey key = keyRing.key(envelope.keyId())
                .orElseThrow(() -> new EnvelopeException("unknown key id '" + envelope.keyId() + "'"));
        byte[] iv = decode(envelope.iv(), "iv");
        if (iv.length != IV_BYTES) {
            throw new EnvelopeException("iv must be " + IV_BYTES + " bytes");
        }
        byte[] sealed = decode(envelope.ciphertext(), "ciphertext");
        if (sealed.length < TAG_BYTES) {
            // shorter than the tag: some providers throw an unchecked ProviderException instead of a bad tag
            throw new EnvelopeException("ciphertext must hold at least the " + TAG_BYTES + "-byte tag");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, context.associatedData(envelope.keyId()));
            byte[] clear = cipher.doFinal(sealed);
            return SecretValue.of(new String(clear, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new EnvelopeException("envelope failed authentication: tampered, or bound to another tenant or "
                    + "credential", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            // the JCE also signals bad input with unchecked exceptions (ProviderException): still a broken envelope
            throw new EnvelopeException("decryption failed with key '" + envelope.keyId() + "'", e);
        }
    }

    /** Re-seals a value for another context (e.g. from the producer's external id to the registry's id). */
    public EncryptedValue reseal(EncryptedValue envelope, EnvelopeContext from, EnvelopeContext to) {
        return encrypt(decrypt(envelope, from), to);
    }

    /**
     * A keyed digest of {@code content}, {@code keyId:hex}, to recognise a request again without keeping it: an HMAC
     * under a subkey of the active key, so that a short secret inside the content (a PIN) cannot be guessed from it.
     */
    public String digest(byte[] content, EnvelopeContext context) {
        return digest(keyRing.activeKeyId(), keyRing.activeKey(), content, context);
    }

    /** True when {@code digest} was made by {@link #digest} of the same content and context, under any known key. */
    public boolean matchesDigest(String digest, byte[] content, EnvelopeContext context) {
        int colon = digest == null ? -1 : digest.lastIndexOf(':');
        if (colon <= 0) {
            return false;
        }
        String keyId = digest.substring(0, colon);
        return keyRing.key(keyId)
                .map(key -> java.security.MessageDigest.isEqual(digest(keyId, key, content, context)
                        .getBytes(StandardCharsets.US_ASCII), digest.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    private static String digest(String keyId, SecretKey key, byte[] content, EnvelopeContext context) {
        try {
            var derive = Mac.getInstance(HMAC);
            derive.init(new SecretKeySpec(key.getEncoded(), HMAC));
            byte[] subkey = derive.doFinal("credsync request digest v1".getBytes(StandardCharsets.US_ASCII));
            var mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(subkey, HMAC));
            mac.update(context.associatedData(keyId));
            return keyId + ":" + HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new EnvelopeException("digest failed with key '" + keyId + "'", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        return cipher;
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String base64, String field) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(field + " is not valid base64", e);
        }
    }
}
