package io.credsync.vendor.intserv.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorEndpoint;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/**
 * The IntServ Access API of one connection ({@code https://api.intserv.se/v1/…}, every call a {@code POST} with a
 * JSON body), with {@code Authorization: Bearer <Integration API Key>} from the connection's secret. Used by both
 * sides of the slice.
 */
public final class IntServClient {

    static final String ADD = "/v1/accesskeys/add";
    static final String REMOVE = "/v1/accesskeys/remove";
    static final String STATUS = "/v1/accesskeys/status";
    /** The access-levels page's name; the add page says {@code /accesslevels/get_levels} (the docs disagree). */
    static final String LEVELS = "/v1/accesslevels/list";

    private static final TypeReference<List<AccessLevel>> LEVEL_LIST = new TypeReference<>() {
    };

    private final VendorEndpoint endpoint;

    public IntServClient(VendorHttp http, VendorConnection connection) {
        this.endpoint = new VendorEndpoint(http, connection, VendorEndpoint.bearer(), IntServErrors::read)
                .httpsOnly();
    }

    public int calls() {
        return endpoint.calls();
    }

    /** Create, update by id, or update by key spec (no id): the key's id and person. */
    public AccessKeyAnswer add(AccessKeyWrite write) throws VendorFailure {
        AccessKeyAnswer answer = read(endpoint.send("POST", ADD, write), AccessKeyAnswer.class);
        if (answer.id() == null || answer.id().isBlank()) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "accesskeys/add answered without the key's id", null, null);
        }
        return answer;
    }

    /**
     * Sets only the key's access levels (an update by id whose other fields are left out, so they stay); false when
     * IntServ no longer holds the key (404).
     */
    public boolean updateLevels(String keyId, List<String> accessLevels) throws VendorFailure {
        try {
            endpoint.send("POST", ADD, Map.of("id", keyId, "access_levels", accessLevels));
            return true;
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == 404) {
                return false;
            }
            throw failure;
        }
    }

    /** Removes the key; false when IntServ no longer holds it (404). */
    public boolean remove(String keyId) throws VendorFailure {
        try {
            endpoint.send("POST", REMOVE, Map.of("id", keyId));
            return true;
        } catch (VendorFailure failure) {
            if (failure.httpStatus() == 404) {
                return false;
            }
            throw failure;
        }
    }

    public KeyStatus status(String keyId) throws VendorFailure {
        return read(endpoint.send("POST", STATUS, Map.of("id", keyId)), KeyStatus.class);
    }

    public List<AccessLevel> accessLevels() throws VendorFailure {
        JsonNode levels = tree(endpoint.send("POST", LEVELS, Map.of())).path("levels");
        if (!levels.isArray()) {
            throw VendorFailure.transientFailure("unreadable_response", "accesslevels/list answered without levels");
        }
        return Json.mapper().convertValue(levels, LEVEL_LIST);
    }

    private static <T> T read(HttpResponse<String> response, Class<T> type) throws VendorFailure {
        try {
            return Json.mapper().treeToValue(tree(response), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "IntServ's answer is not the documented shape", null, e);
        }
    }

    private static JsonNode tree(HttpResponse<String> response) throws VendorFailure {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "IntServ's answer is not JSON", null, e);
        }
    }
}
