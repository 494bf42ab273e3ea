package io.credsync.vendor.basip.dispatch;

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
import io.credsync.simulator.basip.BasIpSimulator;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.PoisonFuzzer.Poison;
import io.credsync.testsupport.PoisonFuzzer.Template;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.credsync.vendor.basip.dispatch.BasIpCommands.Identifier;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seeded poison on {@code credsync.commands.basip.v1} among valid commands: every poison command is parked with its
 * rule, none reaches the panel (not even a valid payload under the wrong key), every valid one does.
 */
@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(BasIpSimulatorResource.class)
class CommandTopicFuzzTest {

    private static final long SEED = 1404L;
    private static final int POISON = 600;
    private static final int VALID_EVERY = 30;

    private final String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final String panel = tenant + "-fuzz";
    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void shouldDeadLetterEveryPoisonCommandAndDispatchEveryValidOne() {
        // Given a panel, poison commands and a valid one after every 30
        BasIpSimulator sim = BasIpSimulatorResource.simulator;
        sim.panel(panel);
        var fuzzer = new PoisonFuzzer(SEED);
        var poison = fuzzer.generate(POISON, this::template);
        List<Poison> stream = new ArrayList<>();
        List<String> validLinks = new ArrayList<>();
        for (int i = 0; i < poison.size(); i++) {
            stream.add(poison.get(i));
            if (i % VALID_EVERY == 0) {
                var credential = UUID.randomUUID();
                var command = BasIpCommands.present(tenant, credential, panel, 1, Identifier.card(String.format(
                        "0F:%02X:%02X", i / 256, i % 256), null));
                validLinks.add(credential.toString());
                stream.add(new Poison(command.partitionKey(), Json.write(command), "valid"));
            }
        }
        BasIpCommands.KIT.connection().defineFor(tenant);
        // When
        fuzzer.send(Topics.commands(Vendor.BASIP), stream);
        // Then every poison command is parked with its rule and reason
        String group = ConfigProvider.getConfig().getValue("credsync.dispatcher.group-prefix", String.class)
                + "basip";
        var letters = fuzzer.awaitDeadLetters(Topics.commandsDeadLetter(Vendor.BASIP), group, POISON,
                Duration.ofSeconds(120));
        assertThat(letters).hasSize(POISON).allSatisfy(letter -> assertThat(TopicProbe.header(letter,
                "dead-letter-rule")).isNotBlank());
        // And the panel holds exactly the valid identifiers
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sim.panel(panel).identifiers())
                .extracting(io.credsync.simulator.basip.Identifier::linkId)
                .containsExactlyInAnyOrderElementsOf(validLinks));
    }

    private Template template() {
        int next = serial.incrementAndGet();
        var command = BasIpCommands.present(tenant, UUID.randomUUID(), panel, 1, Identifier.card(String.format(
                "0E:%02X:%02X", next / 256 % 256, next % 256), null));
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
        breaks.put("other-vendor", n -> n.put("vendor", "jetstream"));
        breaks.put("version-zero", n -> n.put("version", 0));
        return new Template(command.partitionKey(), Json.write(command),
                List.of("command_id", "tenant", "credential_id", "target_id", "target", "desired"),
                Map.of("vendor", "basip", "desired.presence", "present", "desired.kind", "card"), breaks);
    }
}
