package io.credsync.bench.run;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.credsync.model.json.Json;

/**
 * Jetstream the naive way: the script keeps each device's passes in memory and, for every change, replaces the
 * device's stored list ({@code PUT …/credentials/basic}) and syncs it ({@code POST …/credentials/sync}), with the
 * same paths and headers as credsync's JetstreamClient. Nothing is coalesced: two calls per change and device.
 */
final class NaiveJetstream implements NaiveVendor {

    private final NaiveHttp http;
    private final String baseUrl;
    private final String accessKey;
    /** Device name → credential id → its current pass. */
    private final Map<String, Map<String, String>> passes = new HashMap<>();

    NaiveJetstream(NaiveHttp http, String baseUrl, String accessKey) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accessKey = accessKey;
    }

    @Override
    public void apply(BenchChange change, String device) throws IOException, InterruptedException {
        var devicePasses = passes.computeIfAbsent(device, d -> new LinkedHashMap<>());
        switch (change.kind()) {
            case GRANT, UPDATE -> devicePasses.put(change.credentialId(), change.cardValue()); // replaces the old pass
            case SUSPEND, REVOKE -> devicePasses.remove(change.credentialId());
        }
        http.send(request(device, "/credentials/basic")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Json.write(new ArrayList<>(devicePasses.values())))));
        http.send(request(device, "/credentials/sync").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String device, String suffix) {
        String path = "/3/devices/" + URLEncoder.encode(device, StandardCharsets.UTF_8).replace("+", "%20") + suffix;
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("AccessKey", accessKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }
}
