package io.credsync.simulator.genetec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.credsync.simulator.kit.SimulatedClock;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * The Clearance STS for one service principal (RFC 7523 JWT-bearer grant): an assertion is accepted only if it is an
 * RS256 JWT whose signature verifies with the principal's public key, issued and subject to
 * {@code <ServicePrincipalId>@<TenantId>}, for an audience ending in {@code /token}, not expired on the simulated
 * clock, and not replayed ({@code jti}). Tokens expire on the same clock. Called under the state's lock.
 */
final class StsTokens {

    private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final SimulatorSettings settings;
    private final SimulatedClock clock;
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Set<String> seenJti = new HashSet<>();
    private int issued;

    StsTokens(SimulatorSettings settings, SimulatedClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** OAuth2's own error body for the token endpoint ({@code error}, {@code error_description}). */
    static final class Refused extends RuntimeException {
        final int status;
        final String error;

        Refused(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }
    }

    JsonObject issue(Map<String, String> form) {
        if (!GRANT.equals(form.get("grant_type"))) {
            throw new Refused(400, "unsupported_grant_type", "grant_type must be " + GRANT);
        }
        if (!settings.clientId().equals(form.get("client_id"))) {
            throw new Refused(401, "invalid_client", "unknown client_id");
        }
        String assertion = form.get("assertion");
        JsonObject claims = verified(assertion == null ? "" : assertion);
        if (!settings.clientId().equals(claims.getString("iss"))
                || !settings.clientId().equals(claims.getString("sub"))) {
            throw new Refused(400, "invalid_grant", "the assertion's iss and sub must be the client_id");
        }
        if (!(claims.getValue("aud") instanceof String aud) || !aud.endsWith("/token")) {
            throw new Refused(400, "invalid_grant", "the assertion's aud must be the token endpoint");
        }
        long now = clock.instant().getEpochSecond();
        if (!(claims.getValue("exp") instanceof Number exp) || exp.longValue() <= now) {
            throw new Refused(400, "invalid_grant", "the assertion has expired");
        }
        if (!(claims.getValue("jti") instanceof String jti) || !seenJti.add(jti)) {
            throw new Refused(400, "invalid_grant", "the assertion's jti is missing or was already used");
        }
        String token = "sim-token-" + UUID.randomUUID();
        tokens.put(token, clock.instant().plus(settings.tokenTtl()));
        issued++;
        return new JsonObject().put("access_token", token).put("token_type", "Bearer")
                .put("expires_in", settings.tokenTtl().toSeconds());
    }

    boolean valid(String token) {
        Instant expiry = tokens.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Every token issued so far stops working (a revoked session, or a test crossing expiry without the clock). */
    void expireAll() {
        tokens.clear();
    }

    int issued() {
        return issued;
    }

    void reset() {
        tokens.clear();
        seenJti.clear();
        issued = 0;
    }

    private JsonObject verified(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new Refused(400, "invalid_grant", "the assertion is not a JWT");
        }
        try {
            JsonObject header = new JsonObject(decode(parts[0]));
            if (!"RS256".equals(header.getString("alg"))) {
                throw new Refused(400, "invalid_grant", "the assertion must be signed with RS256");
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(settings.principalKey().getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new Refused(400, "invalid_grant", "the assertion's signature does not verify");
            }
            return new JsonObject(decode(parts[1]));
        } catch (GeneralSecurityException | IllegalArgumentException | DecodeException | ClassCastException e) {
            throw new Refused(400, "invalid_grant", "the assertion cannot be read");
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
