package io.credsync.bench.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

import io.credsync.model.json.Json;

/**
 * Seam the naive way: a grant creates an acs_user and a code credential; an update changes the code; a suspension
 * suspends the user; a revocation deletes the credential. The script remembers the ids Seam returned, per credential
 * and access system. It does not wait for Seam's provider sync (credsync does, through webhooks and a read-back),
 * so this loop is flattered: its answer is "Seam accepted", not "the door has it".
 */
final class NaiveSeam implements NaiveVendor {

    /** What Seam returned for one credential on one access system. */
    private record SeamIds(String acsUserId, String acsCredentialId) {
    }

    private final NaiveHttp http;
    private final String baseUrl;
    private final String apiKey;
    /** "credential id@acs_system_id" → the ids at Seam. */
    private final Map<String, SeamIds> ids = new HashMap<>();

    NaiveSeam(NaiveHttp http, String baseUrl, String apiKey) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    @Override
    public void apply(BenchChange change, String acsSystemId) throws IOException, InterruptedException {
        String key = change.credentialId() + "@" + acsSystemId;
        switch (change.kind()) {
            case GRANT -> ids.put(key, grant(change, acsSystemId));
            case UPDATE -> call("PATCH", "/acs/credentials/update", Map.of("acs_credential_id", known(key)
                    .acsCredentialId(), "code", change.value()));
            case SUSPEND -> call("POST", "/acs/users/suspend", Map.of("acs_user_id", known(key).acsUserId()));
            case REVOKE -> call("POST", "/acs/credentials/delete", Map.of("acs_credential_id", known(key)
                    .acsCredentialId()));
        }
    }

    private SeamIds grant(BenchChange change, String acsSystemId) throws IOException, InterruptedException {
        var user = call("POST", "/acs/users/create", Map.of("acs_system_id", acsSystemId, "full_name", change
                .holderId()));
        String acsUserId = Json.mapper().readTree(user).path("acs_user").path("acs_user_id").asText();
        var credential = call("POST", "/acs/credentials/create", Map.of("acs_user_id", acsUserId, "access_method",
                "code", "code", change.value()));
        return new SeamIds(acsUserId, Json.mapper().readTree(credential).path("acs_credential").path(
                "acs_credential_id").asText());
    }

    private SeamIds known(String key) {
        var known = ids.get(key);
        if (known == null) {
            throw new IllegalStateException("no grant of " + key + " came before this change");
        }
        return known;
    }

    private String call(String method, String path, Map<String, String> body) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body))));
    }
}
