package io.credsync.simulator.seam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.vertx.core.json.JsonObject;

/** A plain JDK HTTP client for the simulator, as a vendor client would call it (Bearer key, JSON bodies). */
final class SeamHttp {

    record Reply(int status, java.net.http.HttpHeaders headers, JsonObject json) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonObject error() {
            return json.getJsonObject("error");
        }

        JsonObject validationErrors() {
            return error().getJsonObject("validation_errors");
        }
    }

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    SeamHttp(SeamSimulator sim) {
        this(sim.baseUrl(), sim.apiKey());
    }

    SeamHttp(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    Reply post(String path, JsonObject body) {
        return unchecked(() -> send("POST", path, body.encode(), authorized(), DEFAULT_TIMEOUT));
    }

    Reply patch(String path, JsonObject body) {
        return unchecked(() -> send("PATCH", path, body.encode(), authorized(), DEFAULT_TIMEOUT));
    }

    /** For faults: the caller sees the IOException (dropped connection, timeout). */
    Reply postOrFail(String path, JsonObject body, Duration timeout) throws IOException {
        return send("POST", path, body.encode(), authorized(), timeout);
    }

    Reply send(String method, String path, String body, Map<String, String> headers, Duration timeout)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonObject json = text == null || text.isBlank() || !text.startsWith("{") ? null : new JsonObject(text);
            return new Reply(response.statusCode(), response.headers(), json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Reply control(String method, String path, JsonObject body) {
        return unchecked(() -> send(method, "/_control" + path, body == null ? null : body.encode(),
                Map.of("content-type", "application/json"), DEFAULT_TIMEOUT));
    }

    Map<String, String> authorized() {
        return Map.of("authorization", "Bearer " + apiKey, "content-type", "application/json");
    }

    String createUser(String acsSystemId, String fullName) {
        Reply reply = post("/acs/users/create",
                new JsonObject().put("acs_system_id", acsSystemId).put("full_name", fullName));
        if (reply.status() != 200) {
            throw new IllegalStateException("user not created: " + reply.json());
        }
        return reply.json().getJsonObject("acs_user").getString("acs_user_id");
    }

    JsonObject createCode(String acsUserId, String code) {
        Reply reply = post("/acs/credentials/create", new JsonObject()
                .put("acs_user_id", acsUserId).put("access_method", "code").put("code", code));
        if (reply.status() != 200) {
            throw new IllegalStateException("credential not created: " + reply.json());
        }
        return reply.json().getJsonObject("acs_credential");
    }

    JsonObject getCredential(String acsCredentialId) {
        return post("/acs/credentials/get", new JsonObject().put("acs_credential_id", acsCredentialId)).json();
    }

    private interface Call {
        Reply run() throws IOException;
    }

    private static Reply unchecked(Call call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
