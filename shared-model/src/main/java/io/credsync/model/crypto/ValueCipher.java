package io.credsync.model.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Seals and opens credential values with AES-256-GCM envelopes. Thread-safe. */
public final class ValueCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;

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
