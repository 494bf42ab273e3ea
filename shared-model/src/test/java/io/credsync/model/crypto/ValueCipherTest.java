package io.credsync.model.crypto;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueCipherTest {

    private static final byte[] KEY_1 = bytes(1);
    private static final byte[] KEY_2 = bytes(2);
    private static final EnvelopeContext ACME_CRED = new EnvelopeContext("acme", "cred-1");

    private final ValueCipher cipher = new ValueCipher(KeyRing.of("k1", Map.of("k1", KEY_1, "k2", KEY_2)));

    @Test
    void shouldRecogniseTheSameContentByItsDigestAfterTheActiveKeyRotated() {
        byte[] body = "{\"value\":\"1234\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String digest = cipher.digest(body, ACME_CRED);
        var rotated = new ValueCipher(KeyRing.of("k2", Map.of("k1", KEY_1, "k2", KEY_2)));
        assertThat(digest).startsWith("k1:").doesNotContain("1234");
        assertThat(rotated.matchesDigest(digest, body, ACME_CRED)).isTrue();
        assertThat(rotated.matchesDigest(digest, "{\"value\":\"1235\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), ACME_CRED)).isFalse();
        assertThat(cipher.matchesDigest(digest, body, new EnvelopeContext("other", "cred-1"))).isFalse();
    }

    @Test
    void shouldOpenWhatItSealed() {
        // Given
        var sealed = cipher.encrypt(SecretValue.of("04A1B2C3D4E5"), ACME_CRED);
        // When
        var opened = cipher.decrypt(sealed, ACME_CRED);
        // Then
        assertThat(opened.reveal()).isEqualTo("04A1B2C3D4E5");
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.ciphertext()).doesNotContain("04A1B2C3D4E5");
    }

    @Test
    void shouldUseAFreshIvForEveryEnvelope() {
        var a = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        var b = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        assertThat(a.iv()).isNotEqualTo(b.iv());
        assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
    }

    @Test
    void shouldFailLoudlyWhenCiphertextIsTampered() {
        // Given
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        byte[] raw = Base64.getDecoder().decode(sealed.ciphertext());
        raw[0] ^= 0x01;
        var tampered = new EncryptedValue(sealed.keyId(), sealed.iv(), Base64.getEncoder().encodeToString(raw));
        // When / Then
        assertThatThrownBy(() -> cipher.decrypt(tampered, ACME_CRED))
                .isInstanceOf(EnvelopeException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void shouldFailLoudlyWhenIvIsTampered() {
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        byte[] iv = Base64.getDecoder().decode(sealed.iv());
        iv[3] ^= 0x10;
        var tampered = new EncryptedValue(sealed.keyId(), Base64.getEncoder().encodeToString(iv), sealed.ciphertext());
        assertThatThrownBy(() -> cipher.decrypt(tampered, ACME_CRED)).isInstanceOf(EnvelopeException.class);
    }

    @Test
    void shouldRefuseAnEnvelopeMovedToAnotherTenant() {
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        assertThatThrownBy(() -> cipher.decrypt(sealed, new EnvelopeContext("globex", "cred-1")))
                .isInstanceOf(EnvelopeException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void shouldRefuseAnEnvelopeMovedToAnotherCredential() {
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        assertThatThrownBy(() -> cipher.decrypt(sealed, new EnvelopeContext("acme", "cred-2")))
                .isInstanceOf(EnvelopeException.class);
    }

    @Test
    void shouldNotConfuseTenantAndCredentialBoundaries() {
        var sealed = cipher.encrypt(SecretValue.of("1234"), new EnvelopeContext("ac", "me:cred"));
        assertThatThrownBy(() -> cipher.decrypt(sealed, new EnvelopeContext("ac:me", "cred")))
                .isInstanceOf(EnvelopeException.class);
    }

    @Test
    void shouldRefuseAnEnvelopeRelabelledWithAnotherKnownKeyId() {
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        var relabelled = new EncryptedValue("k2", sealed.iv(), sealed.ciphertext());
        assertThatThrownBy(() -> cipher.decrypt(relabelled, ACME_CRED)).isInstanceOf(EnvelopeException.class);
    }

    @Test
    void shouldRefuseAnUnknownKeyId() {
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        var unknown = new EncryptedValue("k9", sealed.iv(), sealed.ciphertext());
        assertThatThrownBy(() -> cipher.decrypt(unknown, ACME_CRED))
                .isInstanceOf(EnvelopeException.class)
                .hasMessageContaining("unknown key id 'k9'");
    }

    @Test
    void shouldRefuseAnIncompleteEnvelope() {
        assertThatThrownBy(() -> cipher.decrypt(new EncryptedValue("k1", null, "x"), ACME_CRED))
                .isInstanceOf(EnvelopeException.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void shouldStillOpenOldEnvelopesAfterRotation() {
        // Given a value sealed under k1
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        // When k2 becomes active
        var rotated = new ValueCipher(KeyRing.of("k2", Map.of("k1", KEY_1, "k2", KEY_2)));
        // Then old envelopes open, and new ones use k2
        assertThat(rotated.decrypt(sealed, ACME_CRED).reveal()).isEqualTo("1234");
        assertThat(rotated.encrypt(SecretValue.of("1234"), ACME_CRED).keyId()).isEqualTo("k2");
    }

    @Test
    void shouldResealForAnotherContext() {
        var producer = new EnvelopeContext("acme", "external-7");
        var registry = new EnvelopeContext("acme", "0b0f8c1e-8a4e-4d83-9f7c-1c9d6f1f2a11");
        var resealed = cipher.reseal(cipher.encrypt(SecretValue.of("99"), producer), producer, registry);
        assertThat(cipher.decrypt(resealed, registry).reveal()).isEqualTo("99");
    }

    @Test
    void shouldParseKeysFromConfiguration() {
        String spec = "k1=" + Base64.getEncoder().encodeToString(KEY_1) + ", k2="
                + Base64.getEncoder().encodeToString(KEY_2);
        var ring = KeyRing.parse(spec, "k2");
        assertThat(ring.activeKeyId()).isEqualTo("k2");
        assertThat(ring.toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY_1));
    }

    @Test
    void shouldRejectKeysOfTheWrongSize() {
        String spec = "k1=" + Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> KeyRing.parse(spec, "k1")).hasMessageContaining("must be 32 bytes");
    }

    @Test
    void shouldRejectAnActiveKeyThatIsNotConfigured() {
        String spec = "k1=" + Base64.getEncoder().encodeToString(KEY_1);
        assertThatThrownBy(() -> KeyRing.parse(spec, "k2")).hasMessageContaining("active key id 'k2'");
    }

    @Test
    void shouldRejectKeysThatAreNotBase64() {
        assertThatThrownBy(() -> KeyRing.parse("k1=not*base64", "k1")).hasMessageContaining("not valid base64");
    }

    @Test
    void shouldRefuseACiphertextShorterThanTheTagAsABrokenEnvelope() {
        // Given a sealed value whose ciphertext is 6 bytes (the JCE answered it with an unchecked ProviderException)
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        var shortened = new EncryptedValue(sealed.keyId(), sealed.iv(),
                Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6}));
        // When / Then
        assertThatThrownBy(() -> cipher.decrypt(shortened, ACME_CRED))
                .isInstanceOf(EnvelopeException.class)
                .hasMessageContaining("16-byte tag");
    }

    @Test
    void shouldAnswerEveryRandomCiphertextWithAnEnvelopeException() {
        var random = new java.util.Random(42);
        var sealed = cipher.encrypt(SecretValue.of("1234"), ACME_CRED);
        for (int length = 0; length < 64; length++) {
            byte[] garbage = new byte[length];
            random.nextBytes(garbage);
            var envelope = new EncryptedValue(sealed.keyId(), sealed.iv(), Base64.getEncoder().encodeToString(garbage));
            assertThatThrownBy(() -> cipher.decrypt(envelope, ACME_CRED)).isInstanceOf(EnvelopeException.class);
        }
    }

    @Test
    void shouldNeverPrintASecretValue() {
        var secret = SecretValue.of("4711123456");
        assertThat(secret.toString()).doesNotContain("4711");
        assertThat("value=" + secret).doesNotContain("4711");
        assertThat(secret.masked()).isEqualTo("********56");
        assertThat(SecretValue.of("1234").masked()).isEqualTo("****");
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
