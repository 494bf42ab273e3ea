package io.credsync.model.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What an envelope is bound to: the tenant and the credential it belongs to. On the input topic the credential is
 * the producer's external credential id; inside credsync it is the registry's credential id.
 */
public record EnvelopeContext(String tenant, String credentialRef) {

    public EnvelopeContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(credentialRef, "credentialRef");
    }

    byte[] associatedData(String keyId) {
        // length-prefixed so that ("a|b", "c") and ("a", "b|c") never produce the same bytes
        String aad = "credsync.v1:" + keyId.length() + ":" + keyId + ":" + tenant.length() + ":" + tenant + ":"
                + credentialRef;
        return aad.getBytes(StandardCharsets.UTF_8);
    }
}
