package io.credsync.vendor.genetec.api;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorHttp;

/**
 * Clearance's error body is not documented (ND): read {@code {"error":"<code>","message":"<text>"}} when it is that
 * shape (the simulator's) as {@code genetec.<code>}, else keep the start of the text.
 */
final class ClearanceErrors {

    private static final int MESSAGE_MAX = 300;

    private ClearanceErrors() {
    }

    static VendorHttp.VendorError read(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        try {
            JsonNode error = Json.mapper().readTree(body);
            if (error != null && error.path("error").isTextual()) {
                return new VendorHttp.VendorError("genetec." + error.path("error").asText(),
                        error.path("message").asText(error.path("error").asText()));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON (a proxy's page): keep its start
        }
        return new VendorHttp.VendorError(null, body.length() > MESSAGE_MAX ? body.substring(0, MESSAGE_MAX) : body);
    }
}
