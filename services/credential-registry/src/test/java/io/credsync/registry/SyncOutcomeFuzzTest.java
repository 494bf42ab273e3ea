package io.credsync.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.PoisonFuzzer.Poison;
import io.credsync.testsupport.PoisonFuzzer.Template;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.registry.RegistryFixture.card;
import static io.credsync.registry.RegistryFixture.jetstream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Fuzzes {@code credsync.sync-outcomes.v1} as the registry folds it: seeded poison outcomes among valid ones. Every
 * poison outcome is parked with its rule, every credential whose valid outcome came through is synced, and the
 * service stays ready.
 */
@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class SyncOutcomeFuzzTest {

    private static final long SEED = 4711L;
    private static final int POISON = 3000;
    private static final int CREDENTIALS = 10;

    private RegistryFixture fx;
    private final List<SyncCommand> commands = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    @BeforeEach
    void givenCredentialsWaitingForTheirOutcomes() {
        fx = new RegistryFixture().withVendors();
        for (int i = 0; i < CREDENTIALS; i++) {
            String id = fx.api().body(card("emp-f" + i, String.format("04A1B2C3%04X", i), List.of(jetstream(
                    "lobby")))).put("/v1/credentials/fz-" + i).then().statusCode(201).extract().path("id");
            commands.addAll(Commands.await(Vendor.JETSTREAM, fx.tenant, UUID.fromString(id), 1));
        }
    }

    @Test
    void shouldDeadLetterEveryPoisonOutcomeAndFoldEveryValidOneWithoutStopping() {
        // Given poison, then one valid outcome per credential at the very end
        var fuzzer = new PoisonFuzzer(SEED);
        List<Poison> stream = new ArrayList<>(fuzzer.generate(POISON, this::template));
        for (var command : commands) {
            var outcome = applied(command);
            stream.add(new Poison(outcome.partitionKey(), Json.write(outcome), "valid"));
        }
        // When
        fuzzer.send(Topics.SYNC_OUTCOMES, stream);
        // Then every poison outcome is parked with its rule and reason
        var letters = fuzzer.awaitDeadLetters(Topics.SYNC_OUTCOMES_DLQ, "credential-registry", POISON,
                Duration.ofSeconds(180));
        assertThat(letters).hasSize(POISON).allSatisfy(letter -> {
            assertThat(TopicProbe.header(letter, "dead-letter-rule")).isNotBlank();
            assertThat(TopicProbe.header(letter, "dead-letter-reason")).isNotBlank();
        });
        // And the valid outcomes after the poison were folded
        for (int i = 0; i < CREDENTIALS; i++) {
            fx.api().get("/v1/credentials/fz-" + i + "/status?wait_for_version=1&timeout=PT60S").then()
                    .statusCode(200).body("synced_everywhere", equalTo(true));
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    private Template template() {
        var outcome = applied(commands.get(next.getAndIncrement() % commands.size()));
        Map<String, Function<ObjectNode, ObjectNode>> breaks = new LinkedHashMap<>();
        breaks.put("version-zero", n -> n.put("version", 0));
        breaks.put("version-negative", n -> n.put("version", -7));
        breaks.put("event-id-not-uuid", n -> n.put("event_id", "not-a-uuid"));
        return new Template(outcome.partitionKey(), Json.write(outcome),
                List.of("event_id", "tenant", "credential_id", "target_id", "phase"),
                Map.of("phase", "applied"), breaks);
    }

    private static SyncOutcome applied(SyncCommand command) {
        return new SyncOutcome(UUID.randomUUID(), command.commandId(), command.tenant(), command.credentialId(),
                command.targetId(), command.version(), SyncPhase.APPLIED, null, Map.of(), null, null, "fuzz",
                Instant.now());
    }
}
