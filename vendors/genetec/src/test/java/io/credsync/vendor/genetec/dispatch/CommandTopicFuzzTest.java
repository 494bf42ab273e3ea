package io.credsync.vendor.genetec.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.credsync.dispatcher.testing.DispatcherTestProfile;
import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.json.Json;
import io.credsync.simulator.genetec.GenetecSimulator;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.PoisonFuzzer.Poison;
import io.credsync.testsupport.PoisonFuzzer.Template;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seeded poison on {@code credsync.commands.genetec.v1} among valid commands: every poison command is parked with its
 * rule, none reaches Clearance (no device registered for it), every valid one is committed.
 */
@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(GenetecSimulatorResource.class)
class CommandTopicFuzzTest {

    private static final long SEED = 1305L;
    private static final int POISON = 300;
    private static final int VALID_EVERY = 30;

    private final String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final List<GrantParameters.Genetec> poisoned = new ArrayList<>();

    @Test
    void shouldDeadLetterEveryPoisonCommandAndDispatchEveryValidOne() {
        // Given poison commands and a valid one after every 30
        GenetecSimulator sim = GenetecSimulatorResource.simulator;
        var fuzzer = new PoisonFuzzer(SEED);
        var poison = fuzzer.generate(POISON, this::template);
        List<Poison> stream = new ArrayList<>();
        Map<GrantParameters.Genetec, String> valid = new LinkedHashMap<>();
        for (int i = 0; i < poison.size(); i++) {
            stream.add(poison.get(i));
            if (i % VALID_EVERY == 0) {
                var camera = GenetecCommands.newCamera();
                var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "valid-" + i);
                valid.put(camera, "valid-" + i);
                stream.add(new Poison(command.partitionKey(), Json.write(command), "valid"));
            }
        }
        GenetecCommands.KIT.connection().defineFor(tenant);
        // When
        fuzzer.send(Topics.commands(Vendor.GENETEC), stream);
        // Then every poison command is parked with its rule
        String group = ConfigProvider.getConfig().getValue("credsync.dispatcher.group-prefix", String.class)
                + "genetec";
        var letters = fuzzer.awaitDeadLetters(Topics.commandsDeadLetter(Vendor.GENETEC), group, POISON,
                Duration.ofSeconds(120));
        assertThat(letters).hasSize(POISON).allSatisfy(letter -> assertThat(TopicProbe.header(letter,
                "dead-letter-rule")).isNotBlank());
        // And every valid secret is committed, no poison device registered
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> valid.forEach((camera, secret) -> assertThat(
                sim.currentCredential(camera.serialNumber(), camera.manufacturer())).contains(secret)));
        assertThat(poisoned).allSatisfy(camera -> assertThat(sim.devicesOf(camera.serialNumber(),
                camera.manufacturer())).isZero());
    }

    private Template template() {
        var camera = GenetecCommands.newCamera();
        poisoned.add(camera);
        var command = GenetecCommands.present(tenant, UUID.randomUUID(), 1, camera, "poison");
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
                Map.of("vendor", "genetec", "desired.presence", "present", "desired.kind", "device_secret"), breaks);
    }
}
