package io.credsync.model.crypto;

import io.credsync.model.json.CredsyncJson;

/**
 * A credential value as it travels in every Kafka payload and rests in the database: AES-256-GCM under the key
 * {@code keyId}, with a 96-bit {@code iv} and the {@code ciphertext} (GCM tag appended), both base64. The
 * associated data binds the key id, tenant and credential, so an envelope copied to another credential or tenant,
 * or relabelled with another key id, fails to decrypt.
 */
@CredsyncJson
public record EncryptedValue(String keyId, String iv, String ciphertext) {
}
