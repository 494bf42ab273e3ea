package io.credsync.simulator.genetec;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated STS and Device Service as a client sees them over HTTP. */
class ClearanceApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static GenetecSimulator sim;
    private static String api;

    @BeforeAll
    static void start() {
        sim = GenetecSimulator.start();
        api = sim.baseUrl() + "/api/v1/tenant/" + sim.tenantId();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.reset();
    }

    @Test
    void shouldIssueATokenForAnAssertionSignedWithThePrincipalsKey() throws Exception {
        // When
        var answer = token(assertion(sim.connectionFile(), 300, UUID.randomUUID().toString()));
        // Then
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(answer.body()).getString("access_token")).startsWith("sim-token-");
    }

    @Test
    void shouldRefuseAnAssertionSignedWithAnotherKey() throws Exception {
        // When
        var answer = token(assertion(GenetecSimulator.foreignConnectionFile(sim.tenantId(), "x/token"), 300, "j1"));
        // Then
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(answer.body()).getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void shouldRefuseAnExpiredOrReplayedAssertion() throws Exception {
        String jti = UUID.randomUUID().toString();
        assertThat(token(assertion(sim.connectionFile(), -10, "old")).statusCode()).isEqualTo(400);
        assertThat(token(assertion(sim.connectionFile(), 300, jti)).statusCode()).isEqualTo(200);
        assertThat(token(assertion(sim.connectionFile(), 300, jti)).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseTheApiWithoutAValidToken() throws Exception {
        assertThat(call("GET", api + "/device/canmanage", null, "nope").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldNegotiateThenCommitAndAnswerNotModifiedForTheSameCredential() throws Exception {
        // Given a registered device
        String bearer = bearer();
        var id = new JsonObject().put("SerialNumber", "1234").put("Manufacturer", "genetec");
        assertThat(call("POST", api + "/device", new JsonObject().put("DeviceIdentification", id), bearer)
                .statusCode()).isEqualTo(200);
        var negotiate = new JsonObject().put("DeviceId", id).put("DeviceType", "BodyWornCamera")
                .put("Credential", new JsonObject().put("DeviceCredential", "s1"));
        // When
        var open = call("POST", api + "/configuration/negociate", negotiate, bearer);
        String transaction = new JsonObject(open.body()).getString("TransactionId");
        // Then nothing is effective before the commit
        assertThat(sim.currentCredential("1234", "genetec")).isEmpty();
        assertThat(call("POST", api + "/configuration/commit", new JsonObject().put("DeviceId", id)
                .put("TransactionId", transaction), bearer).statusCode()).isEqualTo(200);
        assertThat(sim.currentCredential("1234", "genetec")).contains("s1");
        assertThat(call("POST", api + "/configuration/negociate", negotiate, bearer).statusCode()).isEqualTo(304);
        var held = call("POST", sim.baseUrl() + "/api/v1-private/tenant/" + sim.tenantId() + "/credential",
                new JsonObject().put("DeviceId", id), bearer);
        assertThat(new JsonArray(held.body()).getJsonObject(0).getString("Status")).isEqualTo("Current");
    }

    @Test
    void shouldRefuseActivationBeyondTheActiveDeviceLimit() throws Exception {
        // Given
        sim.activeDeviceLimit(1);
        String bearer = bearer();
        String first = register("A", bearer);
        String second = register("B", bearer);
        String priv = sim.baseUrl() + "/api/v1-private/tenant/" + sim.tenantId() + "/device/";
        assertThat(call("POST", priv + first + "/activate", null, bearer).statusCode()).isEqualTo(200);
        // When
        var refused = call("POST", priv + second + "/activate", null, bearer);
        // Then
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("ActiveDeviceLimitReached");
    }

    @Test
    void shouldRefuseEveryDeviceCallWithoutTheManageDevicesPolicy() throws Exception {
        // Given
        sim.canManage(false);
        String bearer = bearer();
        // Then
        assertThat(call("GET", api + "/device/canmanage", null, bearer).body()).isEqualTo("false");
        assertThat(call("POST", api + "/device", new JsonObject().put("DeviceIdentification", new JsonObject()
                .put("SerialNumber", "1").put("Manufacturer", "m")), bearer).statusCode()).isEqualTo(403);
    }

    private String register(String serial, String bearer) throws Exception {
        var answer = call("POST", api + "/device", new JsonObject().put("DeviceIdentification", new JsonObject()
                .put("SerialNumber", serial).put("Manufacturer", "genetec")), bearer);
        return new JsonObject(answer.body()).getString("Id");
    }

    private String bearer() throws Exception {
        return new JsonObject(token(assertion(sim.connectionFile(), 300, UUID.randomUUID().toString())).body())
                .getString("access_token");
    }

    private HttpResponse<String> token(String assertion) throws Exception {
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer",
                StandardCharsets.UTF_8) + "&client_id="
                + URLEncoder.encode(SimulatorSettings.DEFAULT_PRINCIPAL + "@"
                        + sim.tenantId(), StandardCharsets.UTF_8)
                + "&assertion=" + assertion;
        return HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + GenetecPaths.TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String url, JsonObject body, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.encode()))
                .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An RS256 JWT-bearer assertion from a connection file, expiring {@code lifeSeconds} from the sim's now. */
    private static String assertion(String connectionFile, long lifeSeconds, String jti) throws Exception {
        var file = new JsonObject(connectionFile);
        String client = file.getString("ServicePrincipalId") + "@" + file.getString("TenantId");
        long now = sim.clock().instant().getEpochSecond();
        var enc = Base64.getUrlEncoder().withoutPadding();
        String input = enc.encodeToString(new JsonObject().put("alg", "RS256").put("typ", "JWT").encode()
                .getBytes(StandardCharsets.UTF_8)) + "." + enc.encodeToString(
                        new JsonObject().put("iss", client)
                                .put("sub", client).put("aud", sim.baseUrl() + "/token").put("exp", now + lifeSeconds)
                                .put("jti", jti).encode().getBytes(StandardCharsets.UTF_8));
        String pem = file.getString("ServicePrincipalKey").replaceAll("-----[A-Z ]+-----", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getMimeDecoder().decode(pem)));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + enc.encodeToString(rsa.sign());
    }
}
