package io.credsync.vendor.seam.events;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.simulator.seam.SeamSimulator;
import io.credsync.simulator.seam.webhook.SvixSignature;
import io.credsync.testsupport.TopicProbe;
import io.credsync.vendor.seam.SeamRefs;
import io.quarkus.test.common.http.TestHTTPResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the Seam simulator as the Seam dispatcher would, and event-ingest's webhook endpoint as Svix would. */
abstract class SeamIngestTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL root;

    protected SeamSimulator sim;
    protected String tenant;

    @BeforeEach
    void givenAFreshTenant() {
        sim = SeamSimulatorResource.simulator;
        tenant = SeamSimulatorResource.TENANT; // the connection's: watches are read back through it
    }

    protected static String connectionId() {
        return SeamSimulatorResource.connectionId;
    }

    protected String webhookUrl(String connection) {
        return root.toString().replaceAll("/+$", "") + "/webhooks/seam/" + connection;
    }

    /** Creates an acs_user and a PIN credential for it at Seam; returns the acs_credential. */
    protected JsonNode createCredential(String acsSystemId) throws Exception {
        var user = seam("/acs/users/create", Map.of("acs_system_id", acsSystemId, "full_name", "Holder " + tenant));
        String code = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        return seam("/acs/credentials/create", Map.of("acs_user_id", user.path("acs_user").path("acs_user_id")
                .asText(), "access_method", "code", "code", code)).path("acs_credential");
    }

    protected void deleteCredential(String acsCredentialId) throws Exception {
        seam("/acs/credentials/delete", Map.of("acs_credential_id", acsCredentialId));
    }

    protected JsonNode seam(String path, Map<String, ?> body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Authorization", "Bearer " + sim.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    /** What the Seam dispatcher publishes when Seam took a write the access system has yet to confirm. */
    protected void publishAccepted(UUID credential, long version, JsonNode acsCredential, String awaiting) {
        var outcome = new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), tenant, credential, "seam-target",
                version, SyncPhase.ACCEPTED, null, Map.of(
                        SeamRefs.CONNECTION_ID, connectionId(),
                        SeamRefs.ACS_CREDENTIAL_ID, acsCredential.path("acs_credential_id").asText(),
                        SeamRefs.ACS_USER_ID, acsCredential.path("acs_user_id").asText(),
                        SeamRefs.ACS_SYSTEM_ID, acsCredential.path("acs_system_id").asText(),
                        SeamRefs.AWAITING, awaiting),
                null, null, SeamSource.DISPATCHER_SOURCE, Instant.now());
        TopicProbe.send(Topics.SYNC_OUTCOMES, outcome.partitionKey(), Json.write(outcome));
    }

    protected HttpResponse<String> postWebhook(String connection, Map<String, String> headers, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(webhookUrl(connection)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Svix's headers for a message signed now with {@code secret}. */
    protected static Map<String, String> signed(String svixId, String body, String secret) {
        long timestamp = Instant.now().getEpochSecond();
        return Map.of("svix-id", svixId, "svix-timestamp", Long.toString(timestamp), "svix-signature",
                SvixSignature.header(svixId, timestamp, body, java.util.List.of(secret)));
    }
}
