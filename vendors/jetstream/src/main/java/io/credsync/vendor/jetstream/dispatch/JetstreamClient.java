package io.credsync.vendor.jetstream.dispatch;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/** The Jetstream v3 calls the dispatcher makes, with the AccessKey header from the connection's secret. */
final class JetstreamClient {

    /** The answer to {@code POST …/credentials/sync}: Completed (online) or Queued (offline device). */
    record SyncResponse(String commandId, String status, List<String> exceptions) {
    }

    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final VendorHttp http;

    JetstreamClient(VendorHttp http) {
        this.http = http;
    }

    List<String> storedList(VendorConnection connection, String device) throws VendorFailure {
        var response = http.send(request(connection, device, "/credentials/basic").GET(), JetstreamClient::message);
        try {
            return Json.mapper().readValue(response.body(), LIST);
        } catch (java.io.IOException e) {
            throw VendorFailure.transientFailure("unreadable_response", "stored list is not a JSON array");
        }
    }

    void replaceStoredList(VendorConnection connection, String device, List<String> passes) throws VendorFailure {
        http.send(request(connection, device, "/credentials/basic")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Json.write(passes))), JetstreamClient::message);
    }

    SyncResponse sync(VendorConnection connection, String device) throws VendorFailure {
        var response = http.send(request(connection, device, "/credentials/sync")
                .POST(HttpRequest.BodyPublishers.noBody()), JetstreamClient::message);
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            var exceptions = new java.util.ArrayList<String>();
            body.path("ExceptionList").forEach(e -> exceptions.add(e.path("Key").asText() + ": " + e.path("Value")
                    .asText()));
            return new SyncResponse(body.path("CommandId").asText(null), body.path("Status").asText(""),
                    exceptions);
        } catch (java.io.IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "sync answered without a readable body", null, e);
        }
    }

    private static HttpRequest.Builder request(VendorConnection connection, String device, String suffix) {
        String path = "/3/devices/" + URLEncoder.encode(device, StandardCharsets.UTF_8).replace("+", "%20") + suffix;
        return HttpRequest.newBuilder(URI.create(connection.baseUrl().toString().replaceAll("/+$", "") + path))
                .header("AccessKey", connection.apiKey().reveal())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    /** Jetstream's error body is not documented: keep its message field if there is one, else the raw text. */
    private static String message(String body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            for (String field : List.of("Message", "message", "Description", "error")) {
                if (node.hasNonNull(field)) {
                    return node.get(field).asText();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON: fall through
        }
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) : body;
    }
}
