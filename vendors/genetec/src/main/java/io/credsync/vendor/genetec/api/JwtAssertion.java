package io.credsync.vendor.genetec.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.credsync.model.json.Json;

/**
 * An RFC 7523 client assertion, signed RS256 with the JDK: issuer and subject the client_id, audience the STS token
 * URL, a short life and a fresh {@code jti} (an STS refuses a replayed one). The result is a credential: never log it.
 */
final class JwtAssertion {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private JwtAssertion() {
    }

    static String sign(ConnectionFile file, Instant now) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        byte[] jti = new byte[16];
        RANDOM.nextBytes(jti);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", file.clientId());
        claims.put("sub", file.clientId());
        claims.put("aud", file.tokenUrl().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.put("jti", BASE64URL.encodeToString(jti));
        String signingInput = BASE64URL.encodeToString(Json.write(header)) + "."
                + BASE64URL.encodeToString(Json.write(claims));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(file.key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an RS256 assertion with the principal's key", e);
        }
    }
}
