package io.credsync.vendor.jetstream.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorEndpoint;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/**
 * The Jetstream v3 calls credsync makes, with the AccessKey header from the connection's secret: the dispatcher's
 * (a device's stored list and its sync) and the event side's ({@code GET /3/events}, {@code DELETE /3/events}).
 */
public final class JetstreamClient {

    /** Event ids per acknowledgement, as Jetstream allows. */
    public static final int MAX_IDS_PER_ACK = 100;

    /** The answer to {@code POST …/credentials/sync}: Completed (online) or Queued (offline device). */
    public record SyncResponse(String commandId, String status, List<String> exceptions) {
    }

    /** One read of the event queue; events stay unread JSON, so that one Jetstream cannot parse hides no other. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EventBatch(@JsonProperty("BatchId") String batchId, @JsonProperty("Count") int count,
            @JsonProperty("Events") List<JsonNode> events) {
    }

    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final VendorHttp http;

    public JetstreamClient(VendorHttp http) {
        this.http = http;
    }

    public List<String> storedList(VendorConnection connection, String device) throws VendorFailure {
        var response = endpoint(connection).send("GET", devicePath(device, "/credentials/basic"), null);
        try {
            return Json.mapper().readValue(response.body(), LIST);
        } catch (IOException e) {
            throw VendorFailure.transientFailure("unreadable_response", "stored list is not a JSON array");
        }
    }

    public void replaceStoredList(VendorConnection connection, String device, List<String> passes)
            throws VendorFailure {
        endpoint(connection).send("PUT", devicePath(device, "/credentials/basic"), passes);
    }

    public SyncResponse sync(VendorConnection connection, String device) throws VendorFailure {
        var response = endpoint(connection).send("POST", devicePath(device, "/credentials/sync"), null);
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            var exceptions = new java.util.ArrayList<String>();
            body.path("ExceptionList").forEach(e -> exceptions.add(e.path("Key").asText() + ": " + e.path("Value")
                    .asText()));
            return new SyncResponse(body.path("CommandId").asText(null), body.path("Status").asText(""),
                    exceptions);
        } catch (IOException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "unreadable_response",
                    "sync answered without a readable body", null, e);
        }
    }

    /**
     * {@code GET …/credentials/sync}: when the device last ran a sync, by Jetstream's clock; empty if never. The
     * documented example has an offset ({@code 2018-05-16T01:16:00-01:16}): parsed leniently, an unreadable answer
     * counts as never.
     */
    public Optional<Instant> lastSync(VendorConnection connection, String device)
            throws VendorFailure {
        var response = endpoint(connection).send("GET", devicePath(device, "/credentials/sync"), null);
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            return body.isTextual()
                    ? Optional.of(OffsetDateTime.parse(body.asText()).toInstant())
                    : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code GET /3/events/{limit}}: reads without dequeuing (the first read creates the subscription). */
    public EventBatch readEvents(VendorConnection connection, int limit) throws VendorFailure {
        var response = endpoint(connection).send("GET", "/3/events/" + limit, null);
        return Json.read(response.body().getBytes(StandardCharsets.UTF_8), EventBatch.class);
    }

    /** {@code DELETE /3/events} by EventIds, at most {@link #MAX_IDS_PER_ACK} per call. */
    public void acknowledgeEvents(VendorConnection connection, List<String> eventIds) throws VendorFailure {
        for (int from = 0; from < eventIds.size(); from += MAX_IDS_PER_ACK) {
            var ids = eventIds.subList(from, Math.min(eventIds.size(), from + MAX_IDS_PER_ACK));
            endpoint(connection).send("DELETE", "/3/events", Map.of("EventIds", ids));
        }
    }

    /** Jetstream requires HTTPS (TLS 1.2+): a plain-HTTP base URL is refused unless the runtime allows simulators. */
    private VendorEndpoint endpoint(VendorConnection connection) {
        return new VendorEndpoint(http, connection, VendorEndpoint.header("AccessKey"),
                response -> new VendorHttp.VendorError(null, message(response.body()))).httpsOnly();
    }

    private static String devicePath(String device, String suffix) {
        return "/3/devices/" + URLEncoder.encode(device, StandardCharsets.UTF_8).replace("+", "%20") + suffix;
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
        } catch (IOException | RuntimeException e) {
            // not JSON: fall through
        }
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) : body;
    }
}
