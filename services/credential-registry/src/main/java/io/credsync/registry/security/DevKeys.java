package io.credsync.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The development signing key (dev/jwt-private.pem on the classpath). Public knowledge: never trust it in production. */
public final class DevKeys {

    private DevKeys() {
    }

    public static PrivateKey privateKey() {
        try (InputStream in = DevKeys.class.getClassLoader().getResourceAsStream("dev/jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("dev signing key unavailable", e);
        }
    }
}
