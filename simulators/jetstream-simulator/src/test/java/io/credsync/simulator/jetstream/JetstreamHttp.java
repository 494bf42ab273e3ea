package io.credsync.simulator.jetstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A plain java.net.http client for the simulator, as a vendor client would call it (HTTP/1.1). */
final class JetstreamHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final String baseUrl;
    private final String accessKey;

    JetstreamHttp(String baseUrl, String accessKey) {
        this.baseUrl = baseUrl;
        this.accessKey = accessKey;
    }

    static String basic(String device) {
        return "/3/devices/" + encode(device) + "/credentials/basic";
    }

    static String sync(String device) {
        return "/3/devices/" + encode(device) + "/credentials/sync";
    }

    /** A vendor request with the right AccessKey. */
    HttpResponse<String> send(String method, String path, String body) {
        return sendUnchecked(request(method, path, body, accessKey, TIMEOUT));
    }

    HttpResponse<String> send(String method, String path) {
        return send(method, path, null);
    }

    /** A vendor request with this AccessKey ({@code null}: no header). */
    HttpResponse<String> sendWithKey(String method, String path, String body, String key) {
        return sendUnchecked(request(method, path, body, key, TIMEOUT));
    }

    /** A vendor request whose failure (dropped connection, timeout) the test wants to see. */
    HttpResponse<String> sendOrThrow(String method, String path, String body, Duration timeout)
            throws IOException, InterruptedException {
        return client.send(request(method, path, body, accessKey, timeout), BodyHandlers.ofString());
    }

    /** A control request (no AccessKey). */
    HttpResponse<String> control(String method, String path, String body) {
        return sendUnchecked(request(method, path, body, null, TIMEOUT));
    }

    static JsonObject object(HttpResponse<String> response) {
        return new JsonObject(response.body());
    }

    static JsonArray array(HttpResponse<String> response) {
        return new JsonArray(response.body());
    }

    private HttpRequest request(String method, String path, String body, String key, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            builder.header("AccessKey", key);
        }
        return builder.build();
    }

    private HttpResponse<String> sendUnchecked(HttpRequest request) {
        try {
            return client.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
