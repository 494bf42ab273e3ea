package io.credsync.support.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.ValueCipher;

@ApplicationScoped
public class CipherProducer {

    @Produces
    @ApplicationScoped
    ValueCipher valueCipher(EncryptionConfig config) {
        return new ValueCipher(KeyRing.parse(config.keys(), config.activeKey()));
    }
}
