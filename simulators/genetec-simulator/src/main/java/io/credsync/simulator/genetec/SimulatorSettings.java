package io.credsync.simulator.genetec;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

import io.credsync.simulator.kit.EnvSettings;
import io.vertx.core.json.JsonObject;

/**
 * The simulated Clearance account: its tenant, the service principal allowed to ask the STS for tokens (its RSA key
 * pair: the STS verifies assertions with the public key, the private key goes into the "JSON connection file"), how
 * long a token lives, and how many devices may be active at once.
 */
public record SimulatorSettings(String tenantId, String servicePrincipalId, KeyPair principalKey, Duration tokenTtl,
        int activeDeviceLimit) {

    public static final String DEFAULT_TENANT = "genetec";
    public static final String DEFAULT_PRINCIPAL = "credsync-sim-principal";

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_TENANT, DEFAULT_PRINCIPAL, newKey(), Duration.ofHours(1), 1000);
    }

    /** {@code GENETEC_SIM_TENANT}, {@code _PRINCIPAL}, {@code _TOKEN_TTL}, {@code _ACTIVE_DEVICE_LIMIT}. */
    public static SimulatorSettings fromEnvironment(EnvSettings env) {
        return new SimulatorSettings(env.string("GENETEC_SIM_TENANT", DEFAULT_TENANT),
                env.string("GENETEC_SIM_PRINCIPAL", DEFAULT_PRINCIPAL), newKey(),
                env.duration("GENETEC_SIM_TOKEN_TTL", Duration.ofHours(1)),
                env.integer("GENETEC_SIM_ACTIVE_DEVICE_LIMIT", 100));
    }

    /**
     * The JSON connection file a client is given: {@code ServicePrincipalId}, {@code TenantId},
     * {@code ServicePrincipalKey} (PKCS#8 PEM) and, when known, {@code StsUrl}.
     */
    public String connectionFile(String stsUrl) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(principalKey.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        JsonObject file = new JsonObject().put("ServicePrincipalId", servicePrincipalId).put("TenantId", tenantId)
                .put("ServicePrincipalKey", pem);
        if (stsUrl != null) {
            file.put("StsUrl", stsUrl);
        }
        return file.encode();
    }

    /** {@code <ServicePrincipalId>@<TenantId>}, the only client the STS knows. */
    String clientId() {
        return servicePrincipalId + "@" + tenantId;
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
