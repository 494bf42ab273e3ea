package io.credsync.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;

/**
 * What a running service's {@code /q/health/ready} says, for {@code ./credsync status}: a live process is not a
 * ready service (a registry that lost PostgreSQL still runs, and answers 503 with the failing checks).
 */
record ServiceHealth(boolean ready, String description) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static ServiceHealth of(String baseUrl) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return fromAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new ServiceHealth(false, "not ready: no answer from " + baseUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServiceHealth(false, "not ready: interrupted");
        }
    }

    /** 200 is ready; 404 means no health endpoint (a simulator), so answering at all is all we know. */
    static ServiceHealth fromAnswer(int status, String body) {
        if (status == 200) {
            return new ServiceHealth(true, "ready");
        }
        if (status == 404) {
            return new ServiceHealth(true, "answers (no health checks)");
        }
        List<String> down = downChecks(body);
        return new ServiceHealth(false, "DOWN, not ready (HTTP " + status + ")"
                + (down.isEmpty() ? "" : ": " + String.join(", ", down)));
    }

    private static List<String> downChecks(String body) {
        var names = new ArrayList<String>();
        try {
            for (JsonNode check : Json.mapper().readTree(body).path("checks")) {
                if (!"UP".equals(check.path("status").asText())) {
                    names.add(check.path("name").asText("?"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not the health JSON: the status code says enough
        }
        return names;
    }
}
