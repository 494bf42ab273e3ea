package io.credsync.vendor.genetec.api;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;

/**
 * The service principal's "JSON connection file", the connection's secret: {@code ServicePrincipalId},
 * {@code TenantId}, {@code ServicePrincipalKey} (a PKCS#8 RSA private key in PEM) and, optionally, {@code StsUrl}
 * (else the API host's {@code /token}). Never printed: {@link #toString()} names the principal only.
 */
public record ConnectionFile(String servicePrincipalId, String tenantId, PrivateKey key, URI tokenUrl) {

    /** {@code <ServicePrincipalId>@<TenantId>}, the STS's client_id and the assertion's issuer and subject. */
    public String clientId() {
        return servicePrincipalId + "@" + tenantId;
    }

    /** A file that cannot be read fails the connection permanently, without quoting any of it. */
    public static ConnectionFile read(VendorConnection connection) throws VendorFailure {
        JsonNode file;
        try {
            file = Json.mapper().readTree(connection.apiKey().reveal());
        } catch (java.io.IOException | RuntimeException e) {
            throw unreadable(connection, "is not JSON");
        }
        String principal = text(file, "ServicePrincipalId");
        String tenant = text(file, "TenantId");
        String pem = text(file, "ServicePrincipalKey");
        if (principal == null || tenant == null || pem == null) {
            throw unreadable(connection, "needs ServicePrincipalId, TenantId and ServicePrincipalKey");
        }
        PrivateKey key;
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw unreadable(connection, "has a ServicePrincipalKey that is not a PKCS#8 RSA key");
        }
        String sts = text(file, "StsUrl");
        URI tokenUrl = sts != null
                ? URI.create(sts)
                : URI.create(connection.baseUrl().toString().replaceAll("/+$", "") + "/token");
        return new ConnectionFile(principal, tenant, key, tokenUrl);
    }

    private static String text(JsonNode file, String field) {
        JsonNode value = file == null ? null : file.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static VendorFailure unreadable(VendorConnection connection, String why) {
        return VendorFailure.permanent("genetec.connection_file_invalid", "the secret of connection "
                + connection.id() + " (the JSON connection file) " + why);
    }

    @Override
    public String toString() {
        return "ConnectionFile[" + clientId() + ", sts " + tokenUrl + "]";
    }
}
