package io.credsync.ingest.jetstream;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;

/** {@code GET /3/events/{limit}} (does not dequeue) and {@code DELETE /3/events} by EventIds (≤100 per call). */
final class JetstreamEventsClient {

    static final int MAX_IDS_PER_ACK = 100;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Batch(@JsonProperty("BatchId") String batchId, @JsonProperty("Count") int count,
            @JsonProperty("Events") List<JsonNode> events) {
    }

    private final VendorHttp http = new VendorHttp(Duration.ofSeconds(2), Duration.ofSeconds(10));
    private final URI baseUrl;
    private final String accessKey;

    JetstreamEventsClient(String baseUrl, String accessKey) {
        this.baseUrl = URI.create(baseUrl.replaceAll("/+$", ""));
        this.accessKey = accessKey;
    }

    Batch read(int limit) throws VendorFailure {
        var response = http.send(request("/3/events/" + limit).GET(), body -> body);
        return Json.read(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), Batch.class);
    }

    void acknowledge(List<String> eventIds) throws VendorFailure {
        for (int from = 0; from < eventIds.size(); from += MAX_IDS_PER_ACK) {
            var ids = eventIds.subList(from, Math.min(eventIds.size(), from + MAX_IDS_PER_ACK));
            http.send(request("/3/events").method("DELETE", HttpRequest.BodyPublishers.ofByteArray(Json.write(
                    Map.of("EventIds", ids)))), body -> body);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("AccessKey", accessKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }
}
