package io.credsync.stack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Seam path end to end, across real processes started by the local stack: Kafka, PostgreSQL, the registry, both
 * dispatchers, event-ingest (Seam webhooks, read-back) and both simulators. Observed as a user would: the registry's
 * REST API and the simulators' control APIs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeamPathIT {

    private static final List<String> SERVICES = List.of("jetstream-simulator", "seam-simulator",
            "credential-registry", "event-ingest", "dispatcher");
    private static final Duration SYNCED_WITHIN = Duration.ofSeconds(45);

    private RunningStack stack;
    private String acsSystem;
    private String mainDoor;
    private String garage;

    @BeforeAll
    void startTheStack(@TempDir Path home) throws Exception {
        stack = RunningStack.start(home, SERVICES);
        stack.registry("PUT", "/v1/connections/seam-local", Map.of("vendor", "seam", "base_url", stack.url(
                "seam-simulator"), "secret_ref", "seam-local-key", "options",
                Map.of("webhook_secret_refs",
                        "seam-local-webhook")),
                200);
        stack.registry("PUT", "/v1/connections/jetstream-local", Map.of("vendor", "jetstream", "base_url", stack
                .url("jetstream-simulator"), "secret_ref", "jetstream-local-key"), 200);
        var system = stack.control("seam-simulator", "POST", "/_control/acs_systems", Map.of("name", "E2E HQ",
                "entrances", List.of("Main door", "Garage")));
        acsSystem = system.get("acs_system_id").asText();
        mainDoor = system.at("/acs_entrance_ids/Main door").asText();
        garage = system.at("/acs_entrance_ids/Garage").asText();
        stack.registry("PUT", "/v1/targets/hq", Map.of("connection_id", "seam-local", "address", acsSystem), 200);
        stack.control("jetstream-simulator", "PUT", "/_control/devices/Lobby-1", Map.of("online", true));
        stack.registry("PUT", "/v1/targets/Lobby-1", Map.of("connection_id", "jetstream-local", "address",
                "Lobby-1"), 200);
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /**
     * No kind is valid on both vendors (Jetstream takes only cards, Seam no cards), so a card granted to both is
     * refused whole, before any vendor hears of it: the Jetstream device must not get half a grant.
     */
    @Test
    void shouldRefuseACardOnASeamSystemAndSendItNowhere() throws Exception {
        // Given
        var grants = List.of(seamGrant(mainDoor), Map.of("target_id", "Lobby-1", "parameters", Map.of("vendor",
                "jetstream")));
        // When
        var refusal = stack.registry("PUT", "/v1/credentials/card-1", credential("card-1", "card", "04A1B2C3D4E5",
                grants), 422);
        // Then
        assertThat(refusal.at("/violations/0/rule").asText()).isEqualTo("seam.card.unsupported");
        stack.registry("GET", "/v1/credentials/card-1", null, 404);
        var jetstream = stack.control("jetstream-simulator", "GET", "/_control/devices/Lobby-1", null);
        assertThat(jetstream.get("deviceCredentials").toString()).doesNotContain("04A1B2C3D4E5");
    }

    @Test
    void shouldUpdateAChangedPinInPlaceAndRecreateForANewAccessMethodThenDeleteOnRevoke() throws Exception {
        stack.registry("PUT", "/v1/credentials/pin-1",
                credential("pin-1", "pin", "482913", List.of(seamGrant(mainDoor))),
                201);
        assertSyncedEverywhere("pin-1", 1);
        String first = acsCredentialId("pin-1");
        long creates = requests("/acs/credentials/create");
        long updates = requests("/acs/credentials/update");
        // a new PIN: updated in place
        stack.registry("PUT", "/v1/credentials/pin-1",
                credential("pin-1", "pin", "777000", List.of(seamGrant(mainDoor))),
                200);
        assertSyncedEverywhere("pin-1", 2);
        assertThat(acsCredentialId("pin-1")).isEqualTo(first);
        assertThat(requests("/acs/credentials/update")).isEqualTo(updates + 1);
        assertThat(requests("/acs/credentials/create")).isEqualTo(creates);
        assertThat(credentialAtSeam(first).get("code").asText()).isEqualTo("777000");
        // a mobile key instead: Seam cannot update the access method, so it is deleted and created anew
        stack.registry("PUT", "/v1/credentials/pin-1",
                credential("pin-1", "mobile_key", null, List.of(seamGrant(mainDoor))),
                200);
        assertSyncedEverywhere("pin-1", 3);
        String second = acsCredentialId("pin-1");
        assertThat(second).isNotEqualTo(first);
        assertThat(credentialAtSeam(first).get("simulator_state").asText()).isEqualTo("deleted");
        assertThat(liveCredentials("pin-1")).singleElement().satisfies(c -> assertThat(c.get("access_method")
                .asText()).isEqualTo("mobile_key"));
        // revoked: deleted at Seam, confirmed by Seam's deletion
        stack.registry("POST", "/v1/credentials/pin-1/revoke", null, 200);
        assertSyncedEverywhere("pin-1", 4);
        assertThat(credentialAtSeam(second).get("simulator_state").asText()).isEqualTo("deleted");
    }

    @Test
    void shouldRefuseAForgedWebhookAndChangeNothing() throws Exception {
        stack.registry("PUT", "/v1/credentials/pin-2", credential("pin-2", "pin", "135790", List.of(seamGrant(garage))),
                201);
        assertSyncedEverywhere("pin-2", 1);
        String id = acsCredentialId("pin-2");
        String body = "{\"event_id\":\"" + java.util.UUID.randomUUID() + "\",\"event_type\":\"acs_credential.deleted\","
                + "\"acs_credential_id\":\"" + id + "\",\"acs_system_id\":\"" + acsSystem + "\",\"created_at\":\""
                + Instant.now() + "\",\"occurred_at\":\"" + Instant.now() + "\"}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String forged = "v1," + sign("whsec_" + Base64.getEncoder().encodeToString("not-the-secret".getBytes(
                StandardCharsets.UTF_8)), "msg_forged", timestamp, body);
        var response = stack.send("POST", stack.url("event-ingest") + "/webhooks/seam/seam-local", body
                .getBytes(StandardCharsets.UTF_8),
                Map.of("svix-id", "msg_forged", "svix-timestamp", timestamp,
                        "svix-signature", forged));
        assertThat(response.statusCode()).isEqualTo(401);
        Thread.sleep(1500); // give a wrongly accepted event time to do harm
        var target = stack.target("pin-2", "hq");
        assertThat(target.get("state").asText()).isEqualTo("synced");
        assertThat(target.get("observed_version").asLong()).isEqualTo(1);
        assertThat(credentialAtSeam(id).get("simulator_state").asText()).isEqualTo("synced");
    }

    @Test
    void shouldRecoverALostWebhookByReadingBack() throws Exception {
        stack.control("seam-simulator", "POST", "/_control/webhook/pause", null);
        try {
            stack.registry("PUT", "/v1/credentials/pin-3",
                    credential("pin-3", "pin", "246802", List.of(seamGrant(mainDoor))),
                    201);
            assertSyncedEverywhere("pin-3", 1);
        } finally {
            stack.control("seam-simulator", "POST", "/_control/webhook/resume", null);
        }
    }

    @Test
    void shouldLeaveExactlyOneCredentialAtSeamWhenACreateTimesOutAfterTheWrite() throws Exception {
        long creates = requests("/acs/credentials/create");
        long lists = requests("/acs/credentials/list");
        stack.control("seam-simulator", "POST", "/_control/faults", Map.of("kind", "timeout_after_write", "route",
                "/acs/credentials/create", "times", 1));
        stack.registry("PUT", "/v1/credentials/pin-4", credential("pin-4", "pin", "112358", List.of(seamGrant(garage))),
                201);
        assertSyncedEverywhere("pin-4", 1);
        assertThat(liveCredentials("pin-4")).hasSize(1);
        // the one create Seam stored without answering was adopted after listing, not repeated
        assertThat(requests("/acs/credentials/create")).isEqualTo(creates + 1);
        assertThat(requests("/acs/credentials/list")).isGreaterThan(lists);
    }

    private void assertSyncedEverywhere(String credential, long version) throws Exception {
        var status = stack.registry("GET", "/v1/credentials/" + credential + "/status?wait_for_version=" + version
                + "&timeout=PT" + SYNCED_WITHIN.toSeconds() + "S", null, 200);
        assertThat(status.get("synced_everywhere").asBoolean()).as("%s v%d: %s", credential, version, status)
                .isTrue();
    }

    private String acsCredentialId(String credential) throws Exception {
        return stack.target(credential, "hq").at("/vendor_refs/seam.acs_credential_id").asText();
    }

    /** The live (not deleted) credentials at Seam of the holder of {@code credential} on the HQ system. */
    private List<JsonNode> liveCredentials(String credential) throws Exception {
        String user = stack.target(credential, "hq").at("/vendor_refs/seam.acs_user_id").asText();
        var live = new ArrayList<JsonNode>();
        stack.control("seam-simulator", "GET", "/_control/acs_credentials", null).get("acs_credentials")
                .forEach(c -> {
                    if (c.path("acs_user_id").asText().equals(user)
                            && !"deleted".equals(c.path("simulator_state").asText())) {
                        live.add(c);
                    }
                });
        return live;
    }

    private JsonNode credentialAtSeam(String acsCredentialId) throws Exception {
        for (JsonNode c : stack.control("seam-simulator", "GET", "/_control/acs_credentials", null).get(
                "acs_credentials")) {
            if (c.path("acs_credential_id").asText().equals(acsCredentialId)) {
                return c;
            }
        }
        throw new AssertionError("Seam never had " + acsCredentialId);
    }

    private long requests(String route) throws Exception {
        return stack.control("seam-simulator", "GET", "/_control/request_counts", null).path("request_counts")
                .path(route).asLong(0);
    }

    private Map<String, Object> seamGrant(String entrance) {
        return Map.of("target_id", "hq", "parameters", Map.of("vendor", "seam", "acs_entrance_ids", List.of(
                entrance)));
    }

    /** Every credential here belongs to its own holder, so that each has its own acs_user. */
    private static Map<String, Object> credential(String credential, String kind, String value,
            List<Map<String, Object>> grants) {
        var body = new java.util.HashMap<String, Object>(Map.of("external_holder_id", "holder-of-" + credential,
                "holder", Map.of("full_name", "Grace Hopper " + credential), "kind", kind, "grants", grants));
        if (value != null) {
            body.put("value", value);
        }
        return body;
    }

    private static String sign(String secret, String id, String timestamp, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(
                StandardCharsets.UTF_8)));
    }
}
