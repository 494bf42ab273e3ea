package io.credsync.vendor.intserv.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.json.Json;
import io.credsync.simulator.intserv.IntServSimulator;
import io.credsync.simulator.intserv.StoredKey;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.PoisonFuzzer.Poison;
import io.credsync.testsupport.PoisonFuzzer.Template;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.vendor.intserv.dispatch.IntServCommands.Key;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seeded poison on {@code credsync.commands.intserv.v1} among valid commands: every poison command is parked with its
 * rule, none reaches IntServ (not even a valid payload under the wrong key), every valid one does.
 */
@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(IntServSimulatorResource.class)
class CommandTopicFuzzTest {

    private static final long SEED = 1204L;
    private static final int POISON = 600;
    private static final int VALID_EVERY = 30;

    private final String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final String system = tenant + "-fuzz";
    private final AtomicInteger serial = new AtomicInteger();
    private String level;

    @Test
    void shouldDeadLetterEveryPoisonCommandAndDispatchEveryValidOne() {
        // Given an access system, poison commands and a valid one after every 30
        IntServSimulator sim = IntServSimulatorResource.simulator;
        level = sim.system(system);
        var fuzzer = new PoisonFuzzer(SEED);
        var poison = fuzzer.generate(POISON, this::template);
        List<Poison> stream = new ArrayList<>();
        List<String> validCards = new ArrayList<>();
        for (int i = 0; i < poison.size(); i++) {
            stream.add(poison.get(i));
            if (i % VALID_EVERY == 0) {
                String card = "MC:" + (1_000_000 + i);
                var command = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card(card,
                        IntServCommands.holder("Fuzz", "Valid"), level));
                validCards.add(card);
                stream.add(new Poison(command.partitionKey(), Json.write(command), "valid"));
            }
        }
        IntServCommands.KIT.connection().defineFor(tenant);
        // When
        fuzzer.send(Topics.commands(Vendor.INTSERV), stream);
        // Then every poison command is parked with its rule and reason
        String group = ConfigProvider.getConfig().getValue("credsync.dispatcher.group-prefix", String.class)
                + "intserv";
        var letters = fuzzer.awaitDeadLetters(Topics.commandsDeadLetter(Vendor.INTSERV), group, POISON,
                Duration.ofSeconds(120));
        assertThat(letters).hasSize(POISON).allSatisfy(letter -> assertThat(TopicProbe.header(letter,
                "dead-letter-rule")).isNotBlank());
        // And the system's level is on exactly the valid keys
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sim.keys().stream()
                .filter(key -> key.accessLevels().contains(level)).map(StoredKey::identification))
                .containsExactlyInAnyOrderElementsOf(validCards));
    }

    private Template template() {
        int next = serial.incrementAndGet();
        var command = IntServCommands.present(tenant, UUID.randomUUID(), system, 1, Key.card("MC:" + (2_000_000
                + next), IntServCommands.holder("Fuzz", "Poison"), level));
        Map<String, Function<ObjectNode, ObjectNode>> breaks = new LinkedHashMap<>();
        breaks.put("ciphertext-6-bytes", n -> {
            ((ObjectNode) n.get("desired").get("value")).put("ciphertext",
                    Base64.getEncoder().encodeToString(new byte[6]));
            return n;
        });
        breaks.put("unknown-key-id", n -> {
            ((ObjectNode) n.get("desired").get("value")).put("key_id", "nobody-has-this-key");
            return n;
        });
        breaks.put("other-vendor", n -> n.put("vendor", "seam"));
        breaks.put("version-zero", n -> n.put("version", 0));
        return new Template(command.partitionKey(), Json.write(command),
                List.of("command_id", "tenant", "credential_id", "target_id", "target", "desired"),
                Map.of("vendor", "intserv", "desired.presence", "present", "desired.kind", "card"), breaks);
    }
}
