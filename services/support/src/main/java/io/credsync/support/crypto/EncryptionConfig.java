package io.credsync.support.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Data-encryption keys: {@code CREDSYNC_ENCRYPTION_KEYS=id=base64,...} and the active key id. */
@ConfigMapping(prefix = "credsync.encryption")
public interface EncryptionConfig {

    /** {@code id=base64key,id2=base64key}; each key 32 random bytes (e.g. {@code openssl rand -base64 32}). */
    String keys();

    @WithName("active-key")
    String activeKey();
}
