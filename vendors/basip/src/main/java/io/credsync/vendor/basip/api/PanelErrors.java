package io.credsync.vendor.basip.api;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorHttp;

/**
 * Reads both BAS-IP error bodies into one code and message: the door controller's
 * {@code {"error":{"code","message","data":{"param"}}}} as it is, and the android panels'
 * {@code {"error":"<text>"}} with the texts that mean the same mapped to the door controller's codes.
 */
final class PanelErrors {

    static final String INVALID_AUTHENTICATION = "invalid_authentication";
    static final String PERMISSION_DENIED = "permission_denied";

    private static final Map<String, String> ANDROID_CODES = Map.of(
            "Log In", INVALID_AUTHENTICATION,
            "Administrator rights required", PERMISSION_DENIED);
    private static final int MESSAGE_MAX = 300;

    private PanelErrors() {
    }

    static VendorHttp.VendorError read(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        try {
            JsonNode error = Json.mapper().readTree(body).path("error");
            if (error.isObject()) {
                String param = error.path("data").path("param").asText("");
                String message = error.path("message").asText("");
                return new VendorHttp.VendorError(error.path("code").asText(null),
                        param.isEmpty() ? message : message + " (" + param + ")");
            }
            if (error.isTextual()) {
                return new VendorHttp.VendorError(ANDROID_CODES.get(error.asText()), error.asText());
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON (a proxy's page): keep its start
        }
        return new VendorHttp.VendorError(null, body.length() > MESSAGE_MAX ? body.substring(0, MESSAGE_MAX) : body);
    }
}
