package io.credsync.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.credsync.model.Topics;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.PoisonFuzzer.Poison;
import io.credsync.testsupport.PoisonFuzzer.Template;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;

/**
 * Fuzzes {@code credsync.credential-changes.v1}: thousands of seeded poison records (random bytes and mutations of
 * valid changes, including the 6-byte ciphertext that once stopped the channel) with valid changes among them. Every
 * poison record must reach the dead-letter topic with its rule and reason, every valid change must be applied, and
 * the service must stay ready.
 */
@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class InputTopicFuzzTest {

    private static final long SEED = 20261203L;
    private static final int POISON = 3000;
    private static final int VALID_EVERY = 30;
    private static final ValueCipher PRODUCER_CIPHER = new ValueCipher(
            KeyRing.parse("dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=", "dev"));

    private RegistryFixture fx;
    private final AtomicInteger serial = new AtomicInteger();

    @BeforeEach
    void givenATenantWithTargets() {
        fx = new RegistryFixture().withVendors();
    }

    @Test
    void shouldDeadLetterEveryPoisonChangeAndApplyEveryValidOneWithoutStopping() {
        // Given poison with a valid change after every 30 of them
        var fuzzer = new PoisonFuzzer(SEED);
        var poison = fuzzer.generate(POISON, this::template);
        List<Poison> stream = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < poison.size(); i++) {
            stream.add(poison.get(i));
            if (i % VALID_EVERY == 0) {
                var change = change("ok-" + i);
                valid.add(change.externalCredentialId());
                stream.add(new Poison(change.partitionKey(), Json.write(change), "valid"));
            }
        }
        // When
        fuzzer.send(Topics.CREDENTIAL_CHANGES, stream);
        // Then every poison record is parked with its rule and a reason that never quotes the pass
        var letters = fuzzer.awaitDeadLetters(Topics.CREDENTIAL_CHANGES_DLQ, "credential-registry", POISON,
                Duration.ofSeconds(180));
        assertThat(letters).hasSize(POISON);
        assertThat(letters).allSatisfy(letter -> {
            assertThat(TopicProbe.header(letter, "dead-letter-rule")).isNotBlank();
            assertThat(TopicProbe.header(letter, "dead-letter-reason")).isNotBlank().doesNotContain("04A1B2C3");
            assertThat(TopicProbe.header(letter, "fuzz-mutation")).isNotEqualTo("valid");
        });
        assertThat(letters).anySatisfy(letter -> assertThat(TopicProbe.header(letter, "dead-letter-rule"))
                .isEqualTo("value.envelope"));
        // And every valid change was applied, before and after the poison
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : valid) {
                fx.api().get("/v1/credentials/" + id).then().statusCode(200);
            }
        });
        // And the service is still ready, its channels running and its loops beating
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("messaging-channels-running", "background-loops"));
    }

    private Template template() {
        var change = change("fz-" + serial.incrementAndGet());
        Map<String, Function<ObjectNode, ObjectNode>> breaks = new LinkedHashMap<>();
        breaks.put("ciphertext-6-bytes", n -> {
            ((ObjectNode) n.get("value")).put("ciphertext", Base64.getEncoder().encodeToString(new byte[6]));
            return n;
        });
        breaks.put("unknown-key-id", n -> {
            ((ObjectNode) n.get("value")).put("key_id", "nobody-has-this-key");
            return n;
        });
        breaks.put("iv-wrong-length", n -> {
            ((ObjectNode) n.get("value")).put("iv", Base64.getEncoder().encodeToString(new byte[5]));
            return n;
        });
        breaks.put("nul-in-holder-name", n -> {
            ((ObjectNode) n.get("holder")).put("full_name", "Ada\u0000Lovelace");
            return n;
        });
        breaks.put("oversized-holder-name", n -> {
            ((ObjectNode) n.get("holder")).put("full_name", "A".repeat(300_000));
            return n;
        });
        breaks.put("holder-id-3000-chars", n -> n.put("external_holder_id", "h".repeat(3000)));
        breaks.put("bidi-in-holder-id", n -> n.put("external_holder_id", "emp\u202E42"));
        breaks.put("unknown-target", n -> {
            ((ObjectNode) n.get("grants").get(0)).put("target_id", "no-such-target");
            return n;
        });
        breaks.put("year-99999", n -> n.set("validity", n.objectNode().put("ends_at", "+99999-01-01T00:00:00Z")));
        return new Template(change.partitionKey(), Json.write(change),
                List.of("event_id", "tenant", "external_credential_id", "operation"),
                Map.of("operation", "upsert", "kind", "card"), breaks);
    }

    private CredentialChange change(String credentialId) {
        var sealed = PRODUCER_CIPHER.encrypt(SecretValue.of("04A1B2C3D4F1"),
                new EnvelopeContext(fx.tenant, credentialId));
        return new CredentialChange(UUID.randomUUID(), fx.tenant, "emp-" + credentialId, credentialId,
                ChangeOperation.UPSERT, new HolderDetails("Ada Lovelace", null, null, null), CredentialKind.CARD,
                sealed, null, null, List.of(new Grant("lobby", new GrantParameters.Jetstream())), Instant.now());
    }
}
