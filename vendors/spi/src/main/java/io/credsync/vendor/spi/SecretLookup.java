package io.credsync.vendor.spi;

import java.util.Optional;

import io.credsync.model.crypto.SecretValue;

/** Resolves a secret by its reference (a connection's {@code secret_ref}, or a reference in its options). */
@FunctionalInterface
public interface SecretLookup {

    Optional<SecretValue> find(String secretRef);
}
