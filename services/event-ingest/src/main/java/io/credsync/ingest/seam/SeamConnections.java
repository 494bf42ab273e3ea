package io.credsync.ingest.seam;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.ingest.seam.webhook.SvixVerifier;

/** The configured Seam connections, each with its API client and webhook verifier. */
@ApplicationScoped
public class SeamConnections {

    /** One Seam workspace as event-ingest uses it. */
    public record SeamConnection(String id, SeamApiClient api, SvixVerifier webhooks) {
    }

    private final Map<String, SeamConnection> byId = new TreeMap<>();

    public SeamConnections(SeamIngestConfig config) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        config.connections().forEach((id, connection) -> {
            List<String> secrets = new ArrayList<>(connection.webhookSecrets().orElse(List.of()));
            connection.webhookSecret().ifPresent(secrets::add);
            SvixVerifier verifier;
            try {
                verifier = new SvixVerifier(secrets.stream().filter(s -> !s.isBlank()).toList(), Clock.systemUTC());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("credsync.ingest.seam.connections." + id + ": " + e.getMessage());
            }
            byId.put(id, new SeamConnection(id, new SeamApiClient(http, connection.baseUrl(), connection.apiKey()),
                    verifier));
        });
    }

    public Optional<SeamConnection> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<SeamConnection> all() {
        return byId.values();
    }
}
