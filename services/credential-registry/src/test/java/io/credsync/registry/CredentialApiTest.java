package io.credsync.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.registry.RegistryFixture.card;
import static io.credsync.registry.RegistryFixture.intserv;
import static io.credsync.registry.RegistryFixture.jetstream;
import static io.credsync.registry.RegistryFixture.pin;
import static io.credsync.registry.RegistryFixture.seam;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class CredentialApiTest {

    private RegistryFixture fx;

    @BeforeEach
    void givenATenantWithTargets() {
        fx = new RegistryFixture().withVendors();
    }

    @Test
    void shouldCreateACredentialAtVersionOneWithItsValueMasked() {
        fx.api().body(card("emp-1", "04A1B2C3D4E5", List.of(jetstream("lobby"))))
                .put("/v1/credentials/badge-1")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("state", equalTo("active"))
                .body("value", equalTo("**********E5"))
                .body("value_masked", equalTo(true))
                .body("grants[0].target_id", equalTo("lobby"));
    }

    @Test
    void shouldRevealTheValueOnlyToCallersWithThePermission() {
        fx.api().body(card("emp-2", "04A1B2C3D4E6", List.of(jetstream("lobby")))).put("/v1/credentials/badge-2")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.forTenant(fx.tenant, "credentials.read-values"))
                .get("/v1/credentials/badge-2")
                .then().statusCode(200).body("value", equalTo("04A1B2C3D4E6")).body("value_masked", equalTo(false));
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412AndChangeNothing() {
        // Given a credential at version 2
        fx.api().body(card("emp-3", "04A1B2C3D4E7", List.of(jetstream("lobby")))).put("/v1/credentials/badge-3")
                .then().statusCode(201);
        fx.api().header("If-Match", "\"1\"").body(card("emp-3", "04A1B2C3D4E8", List.of(jetstream("lobby"))))
                .put("/v1/credentials/badge-3").then().statusCode(200).header("ETag", "\"2\"");
        // When a writer still holding version 1 writes
        fx.api().header("If-Match", "\"1\"").body(card("emp-3", "04A1B2C3D4E9", List.of(jetstream("garage"))))
                .put("/v1/credentials/badge-3")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412));
        // Then the credential is as version 2 left it
        given().auth().oauth2(Tokens.forTenant(fx.tenant, "credentials.read-values")).get("/v1/credentials/badge-3")
                .then().body("version", equalTo(2)).body("value", equalTo("04A1B2C3D4E8"))
                .body("grants[0].target_id", equalTo("lobby"));
    }

    @Test
    void shouldNotBumpTheVersionWhenNothingChanged() {
        var body = card("emp-4", "04A1B2C3D4EA", List.of(jetstream("lobby")));
        fx.api().body(body).put("/v1/credentials/badge-4").then().statusCode(201);
        fx.api().body(body).put("/v1/credentials/badge-4").then().statusCode(200).body("version", equalTo(1))
                .header("Credsync-Changed", "false");
    }

    @Test
    void shouldRejectASixDigitPinGrantedToIntServNamingFieldTargetAndRule() {
        fx.api().body(pin("emp-5", "123456", List.of(intserv("office"))))
                .put("/v1/credentials/pin-5")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://credsync.io/problems/validation"))
                .body("violations[0].field", equalTo("value"))
                .body("violations[0].target_id", equalTo("office"))
                .body("violations[0].rule", equalTo("intserv.pin.four_digits"))
                .body("detail", not(containsString("123456")));
        fx.api().get("/v1/credentials/pin-5").then().statusCode(404);
        fx.api().get("/v1/holders/emp-5").then().statusCode(404); // nothing half-written, not even the holder
    }

    @Test
    void shouldRejectAPassJetstreamCannotTake() {
        fx.api().body(card("emp-6", "04a1b2c3d4", List.of(jetstream("lobby"))))
                .put("/v1/credentials/badge-6")
                .then().statusCode(422)
                .body("violations.rule", hasItem("jetstream.pass.hex"));
    }

    @Test
    void shouldRejectADeviceNameJetstreamCannotTake() {
        fx.api().body(java.util.Map.of("connection_id", "jetstream-main", "address", "lobby/reader#1"))
                .put("/v1/targets/bad-device")
                .then().statusCode(422)
                .body("violations[0].rule", equalTo("jetstream.device_name.pattern"));
    }

    @Test
    void shouldRejectAGrantToAnUnknownTarget() {
        fx.api().body(card("emp-7", "04A1B2C3D4EB", List.of(jetstream("nowhere"))))
                .put("/v1/credentials/badge-7")
                .then().statusCode(404)
                .body("violations[0].rule", equalTo("grant.target.unknown"));
    }

    @Test
    void shouldKeepTenantsApart() {
        // Given tenant A's credential
        fx.api().body(card("emp-8", "04A1B2C3D4EC", List.of(jetstream("lobby")))).put("/v1/credentials/badge-8")
                .then().statusCode(201);
        var other = new RegistryFixture();
        // Then tenant B neither sees it nor can grant A's target
        other.api().get("/v1/credentials/badge-8").then().statusCode(404);
        other.api().get("/v1/targets/lobby").then().statusCode(404);
        other.api().body(card("emp-8", "04A1B2C3D4EC", List.of(jetstream("lobby")))).put("/v1/credentials/badge-8")
                .then().statusCode(404).body("violations[0].rule", equalTo("grant.target.unknown"));
    }

    @Test
    void shouldRequireATokenAndSayWhichScheme() {
        given().get("/v1/credentials/badge-1").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://credsync.io/problems/unauthorized"));
    }

    @Test
    void shouldAnswerMalformedBodiesWithAProblem() {
        fx.api().body("{\"kind\":\"card\",").put("/v1/credentials/broken").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldSuspendResumeAndRevokeWithVersionBumps() {
        fx.api().body(card("emp-9", "04A1B2C3D4ED", List.of(jetstream("lobby")))).put("/v1/credentials/badge-9")
                .then().statusCode(201);
        fx.api().post("/v1/credentials/badge-9/suspend").then().statusCode(200).body("state", equalTo("suspended"))
                .body("version", equalTo(2));
        fx.api().post("/v1/credentials/badge-9/resume").then().statusCode(200).body("state", equalTo("active"))
                .body("version", equalTo(3));
        fx.api().post("/v1/credentials/badge-9/revoke").then().statusCode(200).body("state", equalTo("revoked"))
                .body("version", equalTo(4));
        fx.api().post("/v1/credentials/badge-9/resume").then().statusCode(409)
                .body("violations[0].rule", equalTo("credential.revoked"));
    }

    @Test
    void shouldApplyBulkChangesWithAResultPerItem() {
        var items = List.of(
                java.util.Map.of("external_credential_id", "bulk-1", "operation", "upsert", "credential",
                        card("emp-10", "04A1B2C3D4EE", List.of(jetstream("lobby")))),
                java.util.Map.of("external_credential_id", "bulk-2", "operation", "upsert", "credential",
                        pin("emp-10", "12", List.of(intserv("office")))),
                java.util.Map.of("external_credential_id", "bulk-1", "operation", "suspend"));
        fx.api().body(items).post("/v1/credentials/bulk")
                .then().statusCode(200)
                .body("result", equalTo(List.of("applied", "rejected", "applied")))
                .body("[1].status", equalTo(422))
                .body("[1].violations[0].rule", equalTo("intserv.pin.four_digits"))
                .body("[2].version", equalTo(2));
    }

    @Test
    void shouldAnswerTheFirstResultWhenAnIdempotencyKeyIsReplayedWithTheSameBody() {
        var body = pin("emp-11", "4821", List.of(intserv("office")));
        fx.api().header("Idempotency-Key", "replay-1").body(body).put("/v1/credentials/pin-11").then()
                .statusCode(201).body("version", equalTo(1));
        fx.api().header("Idempotency-Key", "replay-1").body(body).put("/v1/credentials/pin-11").then()
                .statusCode(200).body("version", equalTo(1)).header("Credsync-Changed", "false");
    }

    @Test
    void shouldRefuseAnIdempotencyKeyReusedWithAnotherBodyAndKeepTheFirstValue() {
        fx.api().header("Idempotency-Key", "reuse-1").body(pin("emp-12", "4821", List.of(intserv("office"))))
                .put("/v1/credentials/pin-12").then().statusCode(201);
        fx.api().header("Idempotency-Key", "reuse-1").body(pin("emp-12", "9999", List.of(intserv("office"))))
                .put("/v1/credentials/pin-12").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://credsync.io/problems/idempotency-key-reused"))
                .body("detail", not(containsString("9999")));
        given().auth().oauth2(Tokens.forTenant(fx.tenant, "credentials.read-values")).get("/v1/credentials/pin-12")
                .then().body("version", equalTo(1)).body("value", equalTo("4821"));
    }

    @Test
    void shouldRefuseCardsOnSeamSystemsBecauseSeamIssuesThemItself() {
        fx.api().body(card("emp-13", "04A1B2C3D4F0", List.of(seam("hq")))).put("/v1/credentials/badge-13")
                .then().statusCode(422)
                .body("violations[0].rule", equalTo("seam.card.unsupported"))
                .body("violations[0].target_id", equalTo("hq"));
    }

    /** Issue 13: Clearance keys a device by SerialNumber + Manufacturer and has no delete; they must never change. */
    @Test
    void shouldRefuseAGrantThatChangesTheSerialNumberOfItsGenetecDeviceAndKeepTheFirst() {
        fx.connection("genetec-main", "genetec");
        fx.target("cams", "genetec-main", "tenant-1", Map.of());
        fx.api().body(deviceSecret("cam-1", "SN-1", "body cam")).put("/v1/credentials/cam-1")
                .then().statusCode(201);

        fx.api().body(deviceSecret("cam-1", "SN-1", "renamed body cam")).put("/v1/credentials/cam-1")
                .then().statusCode(200).body("version", equalTo(2));
        fx.api().body(deviceSecret("cam-1", "SN-2", "renamed body cam")).put("/v1/credentials/cam-1")
                .then().statusCode(422)
                .body("violations[0].rule", equalTo("genetec.device.identity_immutable"))
                .body("violations[0].field", equalTo("grant.serial_number"))
                .body("violations[0].target_id", equalTo("cams"));
        fx.api().get("/v1/credentials/cam-1").then().statusCode(200)
                .body("version", equalTo(2))
                .body("grants[0].parameters.serial_number", equalTo("SN-1"));
    }

    private static Map<String, Object> deviceSecret(String holder, String serial, String name) {
        return Map.of("external_holder_id", holder, "kind", "device_secret", "value", "s3cr3t-device-key",
                "grants", List.of(Map.of("target_id", "cams", "parameters", Map.of("vendor", "genetec",
                        "serial_number", serial, "manufacturer", "genetec", "model", "m", "common_name", name,
                        "device_type", "None"))));
    }

    @Test
    void shouldNameTheAllowedValuesOfAnUnknownKind() {
        fx.api().body("{\"external_holder_id\":\"emp-14\",\"kind\":\"badge\"}").put("/v1/credentials/badge-14")
                .then().statusCode(400)
                .body("type", equalTo("https://credsync.io/problems/invalid-body"))
                .body("violations[0].field", equalTo("/kind"))
                .body("violations[0].rule", equalTo("json.enum"))
                .body("detail", containsString("card, ukey, pin, mobile_key"));
    }
}
