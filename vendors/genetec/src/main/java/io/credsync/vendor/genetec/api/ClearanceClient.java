package io.credsync.vendor.genetec.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.crypto.SecretValue;
import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorEndpoint;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/**
 * The Clearance Device Service of one connection, with {@code Authorization: Bearer <access token>}. A 401 renews the
 * token once and sends again (a refused request changed nothing); a second 401 fails clearly. The connection's
 * {@code base_url} is the API host; paths carry the Clearance tenant (the target's address).
 */
public final class ClearanceClient {

    /** The only HTTP status Clearance answers without a body that is not an error: negotiate's "already in sync". */
    private static final int NOT_MODIFIED = 304;

    private final VendorConnection connection;
    private final AccessTokens tokens;
    private final VendorEndpoint endpoint;
    private SecretValue token;

    public ClearanceClient(VendorHttp http, VendorConnection connection, AccessTokens tokens) {
        this.connection = connection;
        this.tokens = tokens;
        this.endpoint = new VendorEndpoint(http, connection,
                (request, secret) -> request.header("Authorization", "Bearer " + token.reveal()),
                ClearanceErrors::read).httpsOnly();
    }

    public int calls() {
        return endpoint.calls();
    }

    /** Whether the service principal is in the "Manage devices" security policy. */
    public boolean canManageDevices(String tenant) throws VendorFailure {
        return tree(send("GET", v1(tenant) + "/device/canmanage", null)).asBoolean(false);
    }

    /** Registers a device (always a new one: never call twice for an identity) and returns its id. */
    public String register(String tenant, DeviceIdentity device) throws VendorFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("DeviceIdentification", device.json());
        body.put("DeviceType", device.type());
        String id = tree(send("POST", v1(tenant) + "/device", body)).path("Id").asText("");
        if (id.isEmpty()) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "genetec.unreadable_response",
                    "device registration answered without the device's Id", null, null);
        }
        return id;
    }

    /** The first device registered under this serial number + manufacturer, if any (after a lost answer). */
    public Optional<String> find(String tenant, DeviceIdentity device) throws VendorFailure {
        JsonNode found = tree(send("POST", v1(tenant) + "/device/find", device.json()));
        return found.isArray() && !found.isEmpty()
                ? Optional.of(found.get(0).path("Id").asText())
                : Optional.empty();
    }

    public void activate(String tenant, String deviceId) throws VendorFailure {
        send("POST", v1Private(tenant) + "/device/" + deviceId + "/activate", null);
    }

    /** The TransactionId to commit, or empty when Clearance already holds this credential (304). */
    public Optional<String> negotiate(String tenant, DeviceIdentity device, SecretValue credential)
            throws VendorFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("DeviceId", device.json());
        body.put("DeviceType", device.type());
        body.put("Credential", Map.of("DeviceCredential", credential.reveal()));
        try {
            String transaction = tree(send("POST", v1(tenant) + "/configuration/negociate", body))
                    .path("TransactionId").asText("");
            if (transaction.isEmpty()) {
                throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "genetec.unreadable_response",
                        "negociate answered without a TransactionId", null, null);
            }
            return Optional.of(transaction);
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == NOT_MODIFIED) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    public void commit(String tenant, DeviceIdentity device, String transactionId) throws VendorFailure {
        send("POST", v1(tenant) + "/configuration/commit", Map.of("DeviceId", device.json(),
                "TransactionId", transactionId));
    }

    public void reject(String tenant, DeviceIdentity device, String transactionId, String reasonCode,
            String reasonMessage) throws VendorFailure {
        send("POST", v1(tenant) + "/configuration/reject", Map.of("DeviceId", device.json(),
                "TransactionId", transactionId, "ReasonCode", reasonCode, "ReasonMessage", reasonMessage));
    }

    /** The device's current and pending credentials ({@code []} if none). */
    public List<HeldCredential> credentials(String tenant, DeviceIdentity device) throws VendorFailure {
        JsonNode list = tree(send("POST", v1Private(tenant) + "/credential", Map.of("DeviceId", device.json(),
                "DeviceType", device.type())));
        List<HeldCredential> held = new ArrayList<>();
        for (JsonNode entry : list) {
            held.add(new HeldCredential(SecretValue.of(entry.path("DeviceCredential").asText("")),
                    entry.path("Status").asText(""), entry.path("TransactionId").asText(null)));
        }
        return held;
    }

    private HttpResponse<String> send(String method, String path, Object body) throws VendorFailure {
        token = tokens.current(connection);
        try {
            return endpoint.send(method, path, body);
        } catch (VendorFailure failure) {
            if (failure.httpStatus() != 401) {
                throw failure;
            }
        }
        token = tokens.renew(connection);
        try {
            return endpoint.send(method, path, body);
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == 401) {
                throw new VendorFailure(VendorFailure.Kind.PERMANENT, "genetec.unauthorized", "Clearance refused a "
                        + "newly issued access token of connection " + connection.id() + " (401 twice)", null, 401,
                        null);
            }
            throw failure;
        }
    }

    private static String v1(String tenant) {
        return "/api/v1/tenant/" + tenant;
    }

    private static String v1Private(String tenant) {
        return "/api/v1-private/tenant/" + tenant;
    }

    private static JsonNode tree(HttpResponse<String> response) throws VendorFailure {
        try {
            JsonNode node = Json.mapper().readTree(response.body());
            return node == null ? Json.mapper().missingNode() : node;
        } catch (IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "genetec.unreadable_response",
                    "Clearance's answer is not JSON", null, e);
        }
    }
}
