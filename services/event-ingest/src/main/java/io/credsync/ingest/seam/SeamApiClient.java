package io.credsync.ingest.seam;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.credsync.model.json.Json;

/** The two Seam reads event-ingest makes: {@code /acs/credentials/get} and {@code /events/list}. */
public final class SeamApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One answer with what is needed to classify it. */
    private record Reply(int status, String requestId, JsonNode json) {

        String errorType() {
            return json.path("error").path("type").asText(null);
        }

        String errorMessage() {
            return json.path("error").path("message").asText(null);
        }
    }

    private final HttpClient http;
    private final URI baseUrl;
    private final String apiKey;

    public SeamApiClient(HttpClient http, String baseUrl, String apiKey) {
        this.http = http;
        this.baseUrl = URI.create(baseUrl.replaceAll("/+$", ""));
        this.apiKey = apiKey;
    }

    public CredentialRead readCredential(String acsCredentialId) throws SeamCallFailed {
        var reply = post("/acs/credentials/get", Map.of("acs_credential_id", acsCredentialId));
        if (reply.status() == 200) {
            return new CredentialRead.Found(reply.json().path("acs_credential"), reply.requestId());
        }
        if (reply.status() == 404 && "acs_credential_not_found".equals(reply.errorType())) {
            return new CredentialRead.Gone(reply.errorMessage(), reply.requestId());
        }
        throw failure("/acs/credentials/get", reply);
    }

    /** Events at or after {@code since}, oldest first, one page ({@code limit} from {@code offset}). */
    /** The events as listed, unread: one that does not parse must not hide the others (the poller decides). */
    public List<JsonNode> listEvents(Instant since, Collection<String> eventTypes, int limit, int offset)
            throws SeamCallFailed {
        var query = new LinkedHashMap<String, Object>();
        query.put("since", since.toString());
        query.put("event_types", List.copyOf(eventTypes));
        query.put("limit", limit);
        if (offset > 0) {
            query.put("unstable_offset", offset);
        }
        var reply = post("/events/list", query);
        if (reply.status() != 200) {
            throw failure("/events/list", reply);
        }
        var events = new ArrayList<JsonNode>();
        reply.json().path("events").forEach(events::add);
        return events;
    }

    private Reply post(String path, Object body) throws SeamCallFailed {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.write(body)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SeamCallFailed(path + ": no answer (" + e.getClass().getSimpleName() + ")", 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeamCallFailed(path + ": interrupted", 0, null, e);
        }
        return new Reply(response.statusCode(), response.headers().firstValue("seam-request-id").orElse(null),
                parse(response.body()));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body == null || body.length == 0 ? MissingNode.getInstance() : Json.mapper().readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance(); // e.g. a proxy's HTML error page: the status says enough
        }
    }

    private static SeamCallFailed failure(String path, Reply reply) {
        return new SeamCallFailed(path + ": HTTP " + reply.status() + " " + reply.errorType() + ": "
                + reply.errorMessage(), reply.status(), reply.requestId(), null);
    }

    @Override
    public String toString() {
        return "SeamApiClient[" + baseUrl + "]";
    }
}
