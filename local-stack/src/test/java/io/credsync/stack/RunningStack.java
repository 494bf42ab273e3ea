package io.credsync.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local stack of real processes for an end-to-end test, on free ports, with the calls a user makes: the
 * registry's REST API (with a dev token) and the simulators' control APIs.
 */
final class RunningStack implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Stack stack;
    private final Map<String, String> env;
    private final String token;

    private RunningStack(Stack stack, Map<String, String> env) throws Exception {
        this.stack = stack;
        this.env = env;
        this.token = send("POST", url("credential-registry") + "/dev/token?tenant=e2e", null, Map.of()).body();
    }

    static RunningStack start(Path home, List<String> services) throws Exception {
        var env = new HashMap<>(TestStacks.env(home));
        env.put("CREDSYNC_SERVICES", String.join(",", services));
        env.put("CREDSYNC_START_TIMEOUT", "180");
        for (String service : services) {
            var spec = TestStacks.catalogue().stream().filter(s -> s.answersTo(service)).findFirst().orElseThrow();
            assertThat(Files.exists(spec.jar(TestStacks.MODULE.getParent())))
                    .as("%s is built (run ./mvnw verify from the root)", service).isTrue();
            // every port of the process: the simulator host's own, and each simulator's
            for (String name : spec.names()) {
                env.putIfAbsent(StackConfig.portVariable(name), Integer.toString(TestStacks.freePort()));
            }
        }
        return new RunningStack(Stack.start(StackConfig.fromEnv(env)), env);
    }

    String url(String service) {
        return "http://127.0.0.1:" + env.get(StackConfig.portVariable(service));
    }

    /** A registry call as tenant {@code e2e}, expecting {@code expected}; the JSON answer or null. */
    JsonNode registry(String method, String path, Object body, int expected) throws Exception {
        var response = send(method, url("credential-registry") + path, body, Map.of("Authorization", "Bearer "
                + token));
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? null : Json.mapper().readTree(response.body());
    }

    /** A simulator's control API; fails unless it answers 2xx. */
    JsonNode control(String simulator, String method, String path, Object body) throws Exception {
        var response = send(method, url(simulator) + path, body, Map.of());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? null : Json.mapper().readTree(response.body());
    }

    /** One target's entry in a credential's status. */
    JsonNode target(String credential, String target) throws Exception {
        for (JsonNode t : registry("GET", "/v1/credentials/" + credential + "/status", null, 200).get("targets")) {
            if (t.get("target_id").asText().equals(target)) {
                return t;
            }
        }
        throw new AssertionError("no status for " + target);
    }

    String state(String credential, String target) throws Exception {
        return target(credential, target).path("state").asText();
    }

    HttpResponse<String> send(String method, String url, Object body, Map<String, String> headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body instanceof byte[] raw ? raw : Json.write(body)));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        stack.close();
    }
}
