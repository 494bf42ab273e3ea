package io.credsync.registry;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.credsync.model.json.Json;
import io.credsync.registry.security.DevKeys;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import static io.credsync.registry.RegistryFixture.SEAM_SYSTEM;
import static io.credsync.registry.RegistryFixture.card;
import static io.credsync.registry.RegistryFixture.intserv;
import static io.credsync.registry.RegistryFixture.jetstream;
import static io.credsync.registry.RegistryFixture.pin;
import static io.credsync.registry.RegistryFixture.seam;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests a new user sends, one per row, across every endpoint: each must answer the status and problem type
 * in its row as application/problem+json, never quote the value it was sent, and write nothing.
 */
@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class BadRequestCorpusTest {

    private static final String SECRET = "90210"; // a value no problem body may quote
    private static final Map<String, BadRequest> CORPUS = corpus();
    private static Fixture fixture;

    /** One row: the request, what must come back, and the proof that nothing was written. */
    record BadRequest(Token token, String method, String path, String contentType, byte[] body,
            Map<String, String> headers, int status, String type, Check nothingWritten) {
    }

    enum Token {
        TENANT, NONE, GARBAGE, FOREIGN_KEY, EXPIRED, NO_TENANT_CLAIM, NUL_TENANT
    }

    @FunctionalInterface
    interface Check {
        void verify(Fixture fx);
    }

    /** A tenant with every vendor's targets, a credential at version 1 and a revoked one. */
    static final class Fixture {
        final RegistryFixture registry = new RegistryFixture().withVendors();

        Fixture() {
            registry.api().body(card("emp-existing", "04A1B2C3D4E5", List.of(jetstream("lobby"))))
                    .put("/v1/credentials/existing").then().statusCode(201);
            registry.api().header("Idempotency-Key", "key-1")
                    .body(pin("emp-existing", "1234", List.of(intserv("office"))))
                    .put("/v1/credentials/keyed").then().statusCode(201);
            registry.api().body(card("emp-existing", "04A1B2C3D4E6", List.of(jetstream("lobby"))))
                    .put("/v1/credentials/revoked").then().statusCode(201);
            registry.api().post("/v1/credentials/revoked/revoke").then().statusCode(200);
        }

        RequestSpecification api() {
            return given().auth().oauth2(registry.token);
        }
    }

    static Stream<String> corpusRows() {
        return CORPUS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusRows")
    void shouldAnswerEveryBadRequestWithAProblemAndWriteNothing(String row) {
        // Given
        if (fixture == null) {
            fixture = new Fixture();
        }
        var bad = CORPUS.get(row);
        // When
        Response response = send(bad);
        // Then
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(bad.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://credsync.io/problems/" + bad.type());
        assertThat(response.jsonPath().getInt("status")).isEqualTo(bad.status());
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(body).doesNotContain(SECRET);
        bad.nothingWritten().verify(fixture);
    }

    @Test
    void shouldCoverAtLeastSixtyBadRequests() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(60);
    }

    private static Response send(BadRequest bad) {
        var spec = given().urlEncodingEnabled(false);
        switch (bad.token()) {
            case TENANT -> spec = fixture.api().urlEncodingEnabled(false);
            case GARBAGE -> spec.auth().oauth2("not-a-jwt");
            case FOREIGN_KEY -> spec.auth().oauth2(foreignToken());
            case EXPIRED -> spec.auth().oauth2(Jwt.issuer("https://credsync.local/dev").subject("x")
                    .claim("tenant", fixture.registry.tenant).issuedAt(Instant.now().minusSeconds(7200))
                    .expiresAt(Instant.now().minusSeconds(3600)).jws().sign(DevKeys.privateKey()));
            case NO_TENANT_CLAIM -> spec.auth().oauth2(Jwt.issuer("https://credsync.local/dev").subject("x")
                    .expiresIn(600).jws().sign(DevKeys.privateKey()));
            case NUL_TENANT -> spec.auth().oauth2(Tokens.forTenant("acme\u0000"));
            case NONE -> {
            }
        }
        bad.headers().forEach(spec::header);
        if (bad.body() != null) {
            spec.contentType(bad.contentType()).body(bad.body());
        }
        return spec.request(bad.method(), bad.path());
    }

    private static String foreignToken() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer("https://credsync.local/dev").subject("x").claim("tenant", "acme").expiresIn(600)
                    .jws().sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the corpus ----

    private static Map<String, BadRequest> corpus() {
        var rows = new LinkedHashMap<String, BadRequest>();
        // authentication
        rows.put("GET credential without a token", get(Token.NONE, "/v1/credentials/existing", 401, "unauthorized"));
        rows.put("PUT credential without a token", new Row(Token.NONE, "PUT", "/v1/credentials/c-noauth")
                .json(card("emp-noauth", SECRET + "AAAAA", List.of(jetstream("lobby")))).expect(401, "unauthorized")
                .absent("c-noauth"));
        rows.put("GET sync-status without a token", get(Token.NONE, "/v1/sync-status", 401, "unauthorized"));
        rows.put("garbage bearer token", get(Token.GARBAGE, "/v1/credentials/existing", 401, "unauthorized"));
        rows.put("token signed by an unknown key", get(Token.FOREIGN_KEY, "/v1/targets", 401, "unauthorized"));
        rows.put("expired token", get(Token.EXPIRED, "/v1/connections", 401, "unauthorized"));
        rows.put("token without a tenant claim", new Row(Token.NO_TENANT_CLAIM, "PUT", "/v1/credentials/c-notenant")
                .json(card("emp-notenant", "04A1B2C3D4E5", List.of(jetstream("lobby")))).expect(403, "forbidden")
                .absent("c-notenant"));
        rows.put("token whose tenant claim holds a NUL", get(Token.NUL_TENANT, "/v1/credentials/existing", 403,
                "forbidden"));
        // credential body: not JSON
        rows.put("truncated JSON", put("c-trunc", raw("{\"external_holder_id\":\"emp-t\",\"kind\":\"card\","), 400,
                "malformed-body"));
        rows.put("trailing garbage after the JSON", put("c-trail", raw(cardJson("emp-tr") + " garbage"), 400,
                "malformed-body"));
        rows.put("two JSON values", put("c-two", raw(cardJson("emp-two") + cardJson("emp-two")), 400,
                "malformed-body"));
        rows.put("invalid UTF-8", put("c-utf8", invalidUtf8(), 400, "malformed-body"));
        rows.put("nesting 200 deep", put("c-deep", raw("{\"x\":" + "[".repeat(200) + "]".repeat(200) + "}"), 400,
                "malformed-body"));
        rows.put("body is not JSON at all", put("c-text", raw("kind=card&value=" + SECRET), 400, "malformed-body"));
        // credential body: JSON of the wrong shape
        rows.put("array where an object is expected", put("c-array", raw("[" + cardJson("emp-a") + "]"), 400,
                "invalid-body"));
        rows.put("string where an object is expected", put("c-string", raw("\"" + SECRET + "\""), 400,
                "invalid-body"));
        rows.put("unknown kind", put("c-kind", field("kind", "\"badge\""), 400, "invalid-body"));
        rows.put("kind as a number", put("c-kindnum", field("kind", "5"), 400, "invalid-body"));
        rows.put("holder id as a number", put("c-holdernum", field("external_holder_id", SECRET), 400,
                "invalid-body"));
        rows.put("holder as a string", put("c-holderstr", field("holder", "\"" + SECRET + "\""), 400,
                "invalid-body"));
        rows.put("grants as an object", put("c-grantsobj", field("grants", "{}"), 400, "invalid-body"));
        rows.put("value as an object", put("c-valueobj", field("value", "{\"v\":\"" + SECRET + "\"}"), 400,
                "invalid-body"));
        rows.put("value as a number", put("c-valuenum", field("value", SECRET), 400, "invalid-body"));
        rows.put("starts_at not a date", put("c-date", field("validity", "{\"starts_at\":\"tomorrow\"}"), 400,
                "invalid-body"));
        rows.put("ends_at in month 13", put("c-month", field("validity",
                "{\"ends_at\":\"2026-13-45T00:00:00Z\"}"), 400, "invalid-body"));
        rows.put("unknown grant vendor", put("c-vendor", field("grants",
                "[{\"target_id\":\"lobby\",\"parameters\":{\"vendor\":\"acme\"}}]"), 400, "invalid-body"));
        rows.put("wiegand_bits as a string", put("c-bits", field("format", "{\"wiegand_bits\":\"26\"}"), 400,
                "invalid-body"));
        rows.put("wiegand_bits as a fraction", put("c-bitsf", field("format", "{\"wiegand_bits\":26.5}"), 400,
                "invalid-body"));
        rows.put("unknown card encoding", put("c-enc", field("format", "{\"card_encoding\":\"octal\"}"), 400,
                "invalid-body"));
        rows.put("null inside the grant list", put("c-nullgrant", field("grants", "[null]"), 422, "validation"));
        rows.put("text/plain body", new Row(Token.TENANT, "PUT", "/v1/credentials/c-plain").body("text/plain",
                cardJson("emp-plain").getBytes(StandardCharsets.UTF_8)).expect(415, "unsupported-media-type")
                .absent("c-plain"));
        rows.put("empty body", put("c-empty", raw(""), 422, "validation"));
        // credential body: limits and rules
        rows.put("NUL in the holder name", put("c-nul", field("holder", "{\"full_name\":\"Ada\\u0000Lovelace\"}"),
                422, "validation"));
        rows.put("300-character holder name", put("c-longname", field("holder", "{\"full_name\":\"" + "A".repeat(300)
                + "\"}"), 422, "validation"));
        rows.put("1 MB holder name", put("c-mbname", field("holder", "{\"full_name\":\"" + "A".repeat(1 << 20)
                + "\"}"), 413, "body-too-large"));
        rows.put("3,000-character holder id", put("c-longholder", field("external_holder_id", "\"" + "h".repeat(3000)
                + "\""), 422, "validation"));
        rows.put("lone surrogate in the holder id", put("c-surrogate", field("external_holder_id",
                "\"emp\\ud800\""), 422, "validation"));
        rows.put("bidi override in the holder id", put("c-bidi", field("external_holder_id", "\"emp\\u202e1\""), 422,
                "validation"));
        rows.put("zero-width space in a target id", put("c-zw", field("grants",
                "[{\"target_id\":\"lobby\\u200b\",\"parameters\":{\"vendor\":\"jetstream\"}}]"), 422, "validation"));
        rows.put("year 99999 in the validity window", put("c-y99999", field("validity",
                "{\"ends_at\":\"+99999-01-01T00:00:00Z\"}"), 422, "validation"));
        rows.put("year 1970 in the validity window", put("c-y1970", field("validity",
                "{\"starts_at\":\"1970-01-01T00:00:00Z\"}"), 422, "validation"));
        rows.put("ends_at before starts_at", put("c-order", field("validity",
                "{\"starts_at\":\"2030-01-02T00:00:00Z\",\"ends_at\":\"2030-01-01T00:00:00Z\"}"), 422, "validation"));
        rows.put("grant without target_id", put("c-notarget", field("grants",
                "[{\"parameters\":{\"vendor\":\"jetstream\"}}]"), 422, "validation"));
        rows.put("duplicate grants to one target", put("c-dupgrant", json(card("emp-dup", "04A1B2C3D4E5", List.of(
                jetstream("lobby"), jetstream("lobby")))), 422, "validation"));
        rows.put("1,001 grants", put("c-manygrants", json(card("emp-many", "04A1B2C3D4E5", IntStream.range(0, 1001)
                .mapToObj(i -> jetstream("t" + i)).toList())), 422, "validation"));
        rows.put("grant to an unknown target", put("c-unknowntarget", json(card("emp-u", "04A1B2C3D4E5", List.of(
                jetstream("nowhere")))), 404, "not-found"));
        rows.put("2-digit PIN on a Seam system", put("c-seampin", json(pin("emp-sp", "12", List.of(seam("hq")))),
                422, "validation"));
        rows.put("card granted on a Seam system", put("c-seamcard", json(card("emp-sc", SECRET + "ABCDEF", List.of(
                seam("hq")))), 422, "validation"));
        rows.put("lower-case Jetstream pass", put("c-jpass", json(card("emp-jp", "04a1b2c3d4" + SECRET, List.of(
                jetstream("lobby")))), 422, "validation"));
        rows.put("PIN with a NUL on IntServ", put("c-pinnul", json(pin("emp-pn", "12\u000034", List.of(intserv(
                "office")))), 422, "validation"));
        rows.put("missing kind", put("c-nokind", json(Map.of("external_holder_id", "emp-nk", "value", SECRET)), 422,
                "validation"));
        rows.put("missing holder id", put("c-noholder", json(Map.of("kind", "pin", "value", SECRET)), 422,
                "validation"));
        rows.put("body over 256 KB", put("c-large", raw("{\"x\":\"" + "x".repeat(300 * 1024) + "\"}"), 413,
                "body-too-large"));
        // credential path and headers
        rows.put("PUT credential id with a NUL", new Row(Token.TENANT, "PUT", "/v1/credentials/nul%00id")
                .json(card("emp-pathnul", "04A1B2C3D4E5", List.of(jetstream("lobby")))).expect(400,
                        "invalid-parameter")
                .holderAbsent("emp-pathnul"));
        rows.put("GET credential id with a NUL", get(Token.TENANT, "/v1/credentials/nul%00id", 400,
                "invalid-parameter"));
        rows.put("GET credential id of 300 characters", get(Token.TENANT, "/v1/credentials/" + "x".repeat(300), 400,
                "invalid-parameter"));
        rows.put("GET credential id with a bidi override", get(Token.TENANT, "/v1/credentials/a%E2%80%AEb", 400,
                "invalid-parameter"));
        rows.put("unparseable If-Match", new Row(Token.TENANT, "PUT", "/v1/credentials/existing").header("If-Match",
                "yesterday").json(card("emp-existing", "04A1B2C3D4E7", List.of(jetstream("lobby")))).expect(400,
                        "invalid-parameter")
                .version("existing", 1));
        rows.put("stale If-Match on suspend", new Row(Token.TENANT, "POST", "/v1/credentials/existing/suspend")
                .header("If-Match", "\"7\"").expect(412, "stale-version").version("existing", 1));
        rows.put("Idempotency-Key reused with another body", new Row(Token.TENANT, "PUT", "/v1/credentials/keyed")
                .header("Idempotency-Key", "key-1").json(pin("emp-existing", "9021", List.of(intserv("office"))))
                .expect(422, "idempotency-key-reused").version("keyed", 1));
        rows.put("Idempotency-Key reused for a revoke", new Row(Token.TENANT, "POST", "/v1/credentials/keyed/revoke")
                .header("Idempotency-Key", "key-1").expect(422, "idempotency-key-reused").version("keyed", 1));
        rows.put("Idempotency-Key of 300 characters", new Row(Token.TENANT, "PUT", "/v1/credentials/c-longkey")
                .header("Idempotency-Key", "k".repeat(300)).json(card("emp-lk", "04A1B2C3D4E5", List.of(jetstream(
                        "lobby"))))
                .expect(400, "invalid-parameter").absent("c-longkey"));
        rows.put("URI of 5,000 characters", get(Token.TENANT, "/v1/credentials/" + "u".repeat(5000), 414,
                "uri-too-long"));
        // lifecycle
        rows.put("revoke an unknown credential", new Row(Token.TENANT, "POST", "/v1/credentials/c-ghost/revoke")
                .expect(404, "not-found").absent("c-ghost"));
        rows.put("suspend an id with a NUL", new Row(Token.TENANT, "POST", "/v1/credentials/a%00b/suspend")
                .expect(400, "invalid-parameter").version("existing", 1));
        rows.put("resume a revoked credential", new Row(Token.TENANT, "POST", "/v1/credentials/revoked/resume")
                .expect(409, "conflict").version("revoked", 2));
        rows.put("unknown lifecycle operation", new Row(Token.TENANT, "POST", "/v1/credentials/existing/explode")
                .expect(404, "not-found").version("existing", 1));
        rows.put("DELETE a credential", new Row(Token.TENANT, "DELETE", "/v1/credentials/existing")
                .expect(405, "method-not-allowed").version("existing", 1));
        // bulk
        rows.put("empty bulk request", bulk(raw("[]"), 422, "validation"));
        rows.put("bulk of null", bulk(raw("null"), 422, "validation"));
        rows.put("bulk object instead of array", bulk(raw("{\"items\":[]}"), 400, "invalid-body"));
        rows.put("bulk with an unknown operation", bulk(raw("[{\"external_credential_id\":\"c-bulkop\","
                + "\"operation\":\"delete\"}]"), 400, "invalid-body"));
        rows.put("bulk of 10,001 items", bulk(json(IntStream.range(0, 10_001).mapToObj(i -> Map.of(
                "external_credential_id", "c-bulk-" + i, "operation", "revoke")).toList()), 422, "validation"));
        rows.put("bulk body over 8 MB", bulk(raw("[" + "\"" + "x".repeat(9 << 20) + "\"]"), 413, "body-too-large"));
        // holders
        rows.put("GET holder id with a NUL", get(Token.TENANT, "/v1/holders/a%00b", 400, "invalid-parameter"));
        rows.put("GET unknown holder", get(Token.TENANT, "/v1/holders/emp-ghost", 404, "not-found"));
        rows.put("emergency-revoke an unknown holder", new Row(Token.TENANT, "POST",
                "/v1/holders/emp-ghost/emergency-revoke").expect(404, "not-found").version("existing", 1));
        // targets
        rows.put("target without connection_id", target("t-noconn", json(Map.of("address", "Lobby-9")), 422,
                "validation"));
        rows.put("target on an unknown connection", target("t-ghostconn", json(Map.of("connection_id", "nope",
                "address", "Lobby-9")), 404, "not-found"));
        rows.put("Seam target address not a UUID", target("t-seamaddr", json(Map.of("connection_id", "seam-main",
                "address", "hq")), 422, "validation"));
        rows.put("Seam code length setting not a number", target("t-seamlen", json(Map.of("connection_id",
                "seam-main", "address", SEAM_SYSTEM, "settings", Map.of("code_min_length", "four"))), 422,
                "validation"));
        rows.put("target settings as an array", target("t-settings", raw("{\"connection_id\":\"jetstream-main\","
                + "\"address\":\"Lobby-9\",\"settings\":[]}"), 400, "invalid-body"));
        rows.put("target address with a NUL", target("t-addrnul", raw("{\"connection_id\":\"jetstream-main\","
                + "\"address\":\"Lobby\\u00009\"}"), 422, "validation"));
        rows.put("target id of 201 characters", target("t" + "x".repeat(200), json(Map.of("connection_id",
                "jetstream-main", "address", "Lobby-9")), 400, "invalid-parameter"));
        rows.put("GET target id with a NUL", get(Token.TENANT, "/v1/targets/a%00b", 400, "invalid-parameter"));
        // connections
        rows.put("connection of an unknown vendor", connection("k-vendor", json(Map.of("vendor", "acme", "base_url",
                "https://acme.example", "secret_ref", "k")), 422, "validation"));
        rows.put("connection with an ftp base_url", connection("k-ftp", json(Map.of("vendor", "seam", "base_url",
                "ftp://seam.example", "secret_ref", "k")), 422, "validation"));
        rows.put("rate limit as a string", connection("k-ratestr", raw("{\"vendor\":\"seam\",\"base_url\":"
                + "\"https://seam.example\",\"secret_ref\":\"k\",\"rate_limit_per_second\":\"ten\"}"), 400,
                "invalid-body"));
        rows.put("rate limit as a fraction", connection("k-ratef", raw("{\"vendor\":\"seam\",\"base_url\":"
                + "\"https://seam.example\",\"secret_ref\":\"k\",\"rate_limit_per_second\":1.5}"), 400,
                "invalid-body"));
        rows.put("GET unknown connection", get(Token.TENANT, "/v1/connections/k-ghost", 404, "not-found"));
        // status
        rows.put("status wait_for_version=-1", get(Token.TENANT,
                "/v1/credentials/existing/status?wait_for_version=-1", 400, "invalid-parameter"));
        rows.put("status wait_for_version=abc", get(Token.TENANT,
                "/v1/credentials/existing/status?wait_for_version=abc", 400, "invalid-parameter"));
        rows.put("status timeout=soon", get(Token.TENANT,
                "/v1/credentials/existing/status?wait_for_version=1&timeout=soon", 400, "invalid-parameter"));
        rows.put("status of an unknown credential", get(Token.TENANT, "/v1/credentials/c-ghost/status", 404,
                "not-found"));
        // sync-status listing
        rows.put("sync-status limit=-5", get(Token.TENANT, "/v1/sync-status?limit=-5", 400, "invalid-parameter"));
        rows.put("sync-status limit=abc", get(Token.TENANT, "/v1/sync-status?limit=abc", 400, "invalid-parameter"));
        rows.put("sync-status limit=5000", get(Token.TENANT, "/v1/sync-status?limit=5000", 400,
                "invalid-parameter"));
        rows.put("sync-status unknown state", get(Token.TENANT, "/v1/sync-status?state=bogus", 400,
                "invalid-parameter"));
        rows.put("sync-status pending_longer_than=5m", get(Token.TENANT, "/v1/sync-status?pending_longer_than=5m",
                400, "invalid-parameter"));
        rows.put("sync-status target_id with a NUL", get(Token.TENANT, "/v1/sync-status?target_id=a%00b", 400,
                "invalid-parameter"));
        // dev token, unknown paths
        rows.put("dev token for a tenant with a NUL", new Row(Token.NONE, "POST", "/dev/token?tenant=a%00b")
                .expect(400, "invalid-parameter").nothing());
        rows.put("GET dev token", get(Token.NONE, "/dev/token", 405, "method-not-allowed"));
        rows.put("unknown path", get(Token.TENANT, "/v1/nothing-here", 404, "not-found"));
        return rows;
    }

    // ---- row builders ----

    /** A request under construction; {@link #absent} and friends finish it with the proof that nothing was written. */
    private static final class Row {
        private final Token token;
        private final String method;
        private final String path;
        private String contentType = "application/json";
        private byte[] body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int status;
        private String type;

        Row(Token token, String method, String path) {
            this.token = token;
            this.method = method;
            this.path = path;
        }

        Row json(Object value) {
            return body("application/json", Json.write(value));
        }

        Row body(String type, byte[] bytes) {
            this.contentType = type;
            this.body = bytes;
            return this;
        }

        Row header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Row expect(int status, String type) {
            this.status = status;
            this.type = type;
            return this;
        }

        BadRequest check(Check check) {
            return new BadRequest(token, method, path, contentType, body, Map.copyOf(headers), status, type, check);
        }

        BadRequest absent(String credentialId) {
            return check(fx -> fx.api().get("/v1/credentials/" + credentialId).then().statusCode(404));
        }

        BadRequest holderAbsent(String holderId) {
            return check(fx -> fx.api().get("/v1/holders/" + holderId).then().statusCode(404));
        }

        BadRequest version(String credentialId, int version) {
            return check(fx -> assertThat(fx.api().get("/v1/credentials/" + credentialId).then().statusCode(200)
                    .extract().<Integer>path("version")).isEqualTo(version));
        }

        /** Reads and refusals before any state: proven by the credential at version 1 still being there. */
        BadRequest nothing() {
            return version("existing", 1);
        }
    }

    private static BadRequest get(Token token, String path, int status, String type) {
        return new Row(token, "GET", path).expect(status, type).nothing();
    }

    private static BadRequest put(String id, byte[] body, int status, String type) {
        return new Row(Token.TENANT, "PUT", "/v1/credentials/" + id).body("application/json", body)
                .expect(status, type).absent(id);
    }

    private static BadRequest bulk(byte[] body, int status, String type) {
        return new Row(Token.TENANT, "POST", "/v1/credentials/bulk").body("application/json", body)
                .expect(status, type).absent("c-bulk-0");
    }

    private static BadRequest target(String id, byte[] body, int status, String type) {
        return new Row(Token.TENANT, "PUT", "/v1/targets/" + id).body("application/json", body).expect(status, type)
                .check(fx -> fx.api().get("/v1/targets/" + (id.length() > 200 ? "t-never" : id)).then()
                        .statusCode(404));
    }

    private static BadRequest connection(String id, byte[] body, int status, String type) {
        return new Row(Token.TENANT, "PUT", "/v1/connections/" + id).body("application/json", body)
                .expect(status, type).check(fx -> fx.api().get("/v1/connections/" + id).then().statusCode(404));
    }

    private static byte[] raw(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Object value) {
        return Json.write(value);
    }

    private static String cardJson(String holder) {
        return new String(Json.write(card(holder, "04A1B2C3D4E5", List.of(jetstream("lobby")))),
                StandardCharsets.UTF_8);
    }

    /** A valid card body with one member replaced by raw JSON. */
    private static byte[] field(String name, String rawJson) {
        var members = new ArrayList<String>();
        members.add("\"external_holder_id\":" + (name.equals("external_holder_id") ? rawJson : "\"emp-f\""));
        members.add("\"holder\":" + (name.equals("holder") ? rawJson : "{\"full_name\":\"Ada Lovelace\"}"));
        members.add("\"kind\":" + (name.equals("kind") ? rawJson : "\"card\""));
        members.add("\"value\":" + (name.equals("value") ? rawJson : "\"04A1B2C3D4E5\""));
        members.add("\"grants\":" + (name.equals("grants")
                ? rawJson
                : "[{\"target_id\":\"lobby\",\"parameters\":{\"vendor\":\"jetstream\"}}]"));
        if (name.equals("validity") || name.equals("format")) {
            members.add("\"" + name + "\":" + rawJson);
        }
        return raw("{" + String.join(",", members) + "}");
    }

    private static byte[] invalidUtf8() {
        byte[] prefix = raw("{\"external_holder_id\":\"emp-");
        byte[] suffix = raw("\",\"kind\":\"pin\",\"value\":\"" + SECRET + "\"}");
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        return body;
    }
}
