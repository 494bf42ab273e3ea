package io.credsync.registry;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.model.json.Json;
import io.credsync.registry.connection.ConnectionBackfill;
import io.credsync.registry.outbox.OutboxRelay;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Connections defined once in the registry and published, without secrets, on {@code credsync.connections.v1}. */
@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class ConnectionPublishingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    ConnectionBackfill backfill;
    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;

    private final RegistryFixture fx = new RegistryFixture();

    @Test
    void shouldPublishTheDefinitionWithoutASecretWhenAConnectionIsPut() {
        // Given
        var body = seam("https://seam.example/api", Map.of("webhook_secret_refs", "seam-hq-webhook"));
        // When
        fx.api().body(body).put("/v1/connections/seam-hq").then().statusCode(200)
                .body("revision", equalTo(1))
                .body("options.webhook_secret_refs", equalTo("seam-hq-webhook"));
        // Then
        var record = last(awaitRecords("seam-hq", found -> !found.isEmpty()));
        var definition = Json.read(record.value(), ConnectionDefinition.class);
        assertThat(definition).isEqualTo(definition.checkRecord(record.key()));
        assertThat(definition.vendor()).isEqualTo(Vendor.SEAM);
        assertThat(definition.baseUrl()).isEqualTo("https://seam.example/api");
        assertThat(definition.secretRef()).isEqualTo("seam-hq-key");
        assertThat(definition.options()).containsExactly(Map.entry("webhook_secret_refs", "seam-hq-webhook"));
        assertThat(definition.revision()).isEqualTo(1);
        assertThat(fieldNames(record)).containsExactlyInAnyOrder("tenant", "id", "vendor", "base_url", "secret_ref",
                "rate_limit_per_second", "options", "revision", "updated_at");
    }

    @Test
    void shouldPublishANewRevisionWithTheNewBaseUrlOnASecondPut() {
        // Given
        fx.api().body(seam("https://seam-a.example", Map.of())).put("/v1/connections/seam-move").then()
                .statusCode(200);
        // When
        fx.api().body(seam("https://seam-b.example", Map.of())).put("/v1/connections/seam-move").then()
                .statusCode(200).body("revision", equalTo(2));
        // Then
        var records = awaitRecords("seam-move", found -> found.stream().anyMatch(r -> definition(r).revision() == 2));
        var latest = definition(last(records));
        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.baseUrl()).isEqualTo("https://seam-b.example");
    }

    @Test
    void shouldRefuseOptionsThatBreakTheRulesNamingEachField() {
        // Given
        var options = new HashMap<String, String>();
        options.put("bad\u0007key", "v");
        options.put("long", "x".repeat(2049));
        options.put("newline", "a\nb");
        // When / Then
        fx.api().body(seam("https://seam.example", options)).put("/v1/connections/seam-bad").then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://credsync.io/problems/validation"))
                .body("violations.field", hasItems("options.bad?key", "options.long", "options.newline"))
                .body("violations.rule", hasItems("connection.options.key", "connection.options.value"));
        fx.api().get("/v1/connections/seam-bad").then().statusCode(404);
    }

    @Test
    void shouldRefuseMoreThanThirtyTwoOptions() {
        // Given
        var options = new HashMap<String, String>();
        for (int i = 0; i < 33; i++) {
            options.put("option_" + i, "value");
        }
        // When / Then
        fx.api().body(seam("https://seam.example", options)).put("/v1/connections/seam-many").then()
                .statusCode(422)
                .body("violations[0].field", equalTo("options"))
                .body("violations[0].rule", equalTo("connection.options.count"));
    }

    @Test
    void shouldRefuseOptionsThatAreNotAnObjectOfStrings() {
        // When / Then
        fx.api().body("{\"vendor\":\"seam\",\"base_url\":\"https://seam.example\",\"secret_ref\":\"k\","
                + "\"options\":{\"retries\":3}}").put("/v1/connections/seam-shape").then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://credsync.io/problems/invalid-body"))
                .body("violations[0].field", equalTo("/options/retries"));
    }

    @Test
    void shouldRefuseABaseUrlThatNoRuntimeCouldParse() {
        // When / Then
        fx.api().body(seam("https://seam.example/{tenant}", Map.of())).put("/v1/connections/seam-url").then()
                .statusCode(422)
                .body("violations[0].field", equalTo("base_url"))
                .body("violations[0].rule", equalTo("connection.base_url"));
    }

    @Test
    void shouldRefuseToChangeTheVendorOfAConnection() {
        // Given
        fx.api().body(seam("https://seam.example", Map.of())).put("/v1/connections/seam-vendor").then()
                .statusCode(200);
        // When / Then
        fx.api().body(Map.of("vendor", "jetstream", "base_url", "https://jetstream.example", "secret_ref", "k"))
                .put("/v1/connections/seam-vendor").then()
                .statusCode(409)
                .body("violations[0].rule", equalTo("connection.vendor.immutable"));
    }

    @Test
    void shouldRefuseToDeleteAConnectionWhileATargetUsesIt() {
        // Given
        fx.api().body(seam("https://seam.example", Map.of())).put("/v1/connections/seam-used").then().statusCode(200);
        fx.target("hq", "seam-used", RegistryFixture.SEAM_SYSTEM, Map.of());
        // When / Then
        fx.api().delete("/v1/connections/seam-used").then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://credsync.io/problems/conflict"))
                .body("violations[0].rule", equalTo("connection.in_use"))
                .body("detail", containsString("hq"));
        fx.api().get("/v1/connections/seam-used").then().statusCode(200);
    }

    @Test
    void shouldPublishATombstoneOnceTheConnectionIsNoLongerUsedAndDeleted() {
        // Given a connection whose only target moved to another connection
        fx.api().body(seam("https://seam.example", Map.of())).put("/v1/connections/seam-old").then().statusCode(200);
        fx.api().body(seam("https://seam.example", Map.of())).put("/v1/connections/seam-new").then().statusCode(200);
        fx.target("hq", "seam-old", RegistryFixture.SEAM_SYSTEM, Map.of());
        fx.target("hq", "seam-new", RegistryFixture.SEAM_SYSTEM, Map.of());
        // When
        fx.api().delete("/v1/connections/seam-old").then().statusCode(204);
        // Then
        fx.api().get("/v1/connections/seam-old").then().statusCode(404);
        var records = awaitRecords("seam-old", found -> found.stream().anyMatch(r -> r.value() == null));
        assertThat(last(records).value()).isNull();
        fx.api().delete("/v1/connections/seam-old").then().statusCode(404);
    }

    @Test
    void shouldContinueTheRevisionsOfAConnectionCreatedAgainAfterItsDeletion() {
        // Given
        fx.api().body(seam("https://seam.example", Map.of())).put("/v1/connections/seam-again").then()
                .statusCode(200);
        fx.api().body(seam("https://seam.example", Map.of())).put("/v1/connections/seam-again").then()
                .statusCode(200);
        fx.api().delete("/v1/connections/seam-again").then().statusCode(204);
        // When
        fx.api().body(seam("https://seam-2.example", Map.of())).put("/v1/connections/seam-again").then()
                .statusCode(200).body("revision", equalTo(3));
        // Then a follower that held revision 2 takes it
        var records = awaitRecords("seam-again", found -> found.stream()
                .anyMatch(r -> r.value() != null && definition(r).revision() == 3));
        assertThat(definition(last(records)).baseUrl()).isEqualTo("https://seam-2.example");
    }

    @Test
    void shouldKeepOnlyTheLatestRecordOfAConnectionWaitingInTheOutbox() throws SQLException {
        // Given the relay is down
        relay.stop();
        try {
            // When
            for (String url : List.of("https://one.example", "https://two.example", "https://three.example")) {
                fx.api().body(seam(url, Map.of())).put("/v1/connections/seam-wait").then().statusCode(200);
            }
            // Then one record waits, the latest: it cannot be overtaken by an older one
            assertThat(waitingPayloads("seam-wait")).singleElement()
                    .satisfies(payload -> assertThat(payload).contains("three.example", "\"revision\":3"));
        } finally {
            relay.start();
        }
        var records = awaitRecords("seam-wait", found -> !found.isEmpty());
        assertThat(definition(last(records)).revision()).isEqualTo(3);
    }

    @Test
    void shouldPublishConnectionsThatExistedBeforeOnBackfill() throws SQLException {
        // Given a connection written before the registry published connections (no outbox row)
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("INSERT INTO connection (tenant, id, vendor, base_url, "
                        + "secret_ref, row_version) VALUES (?, 'jetstream-legacy', 'jetstream', "
                        + "'https://jetstream.example', 'jetstream-legacy-key', 4)")) {
            insert.setString(1, fx.tenant);
            insert.executeUpdate();
        }
        // When
        int published = backfill.republishAll();
        // Then
        assertThat(published).isPositive();
        var definition = definition(last(awaitRecords("jetstream-legacy", found -> !found.isEmpty())));
        assertThat(definition.vendor()).isEqualTo(Vendor.JETSTREAM);
        assertThat(definition.secretRef()).isEqualTo("jetstream-legacy-key");
        assertThat(definition.revision()).isEqualTo(4);
        assertThat(definition.options()).isEmpty();
    }

    private static Map<String, Object> seam(String baseUrl, Map<String, String> options) {
        return Map.of("vendor", "seam", "base_url", baseUrl, "secret_ref", "seam-hq-key", "options", options);
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String id,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        String key = ConnectionDefinition.key(fx.tenant, id);
        return TopicProbe.readUntil(Topics.CONNECTIONS, r -> key.equals(r.key()), done, WAIT);
    }

    private static ConsumerRecord<String, byte[]> last(List<ConsumerRecord<String, byte[]>> records) {
        return records.get(records.size() - 1);
    }

    private static ConnectionDefinition definition(ConsumerRecord<String, byte[]> record) {
        return Json.read(record.value(), ConnectionDefinition.class);
    }

    private static List<String> fieldNames(ConsumerRecord<String, byte[]> record) {
        JsonNode tree = readTree(record.value());
        var names = new java.util.ArrayList<String>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode readTree(byte[] value) {
        try {
            return Json.mapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> waitingPayloads(String id) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select payload from outbox where topic = ? and "
                        + "message_key = ?")) {
            statement.setString(1, Topics.CONNECTIONS);
            statement.setString(2, ConnectionDefinition.key(fx.tenant, id));
            var payloads = new java.util.ArrayList<String>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    payloads.add(new String(result.getBytes(1), StandardCharsets.UTF_8));
                }
            }
            return payloads;
        }
    }
}
