package io.credsync.vendor.jetstream.dispatch;

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
import io.credsync.simulator.jetstream.JetstreamSimulator;
import io.credsync.testsupport.PoisonFuzzer;
import io.credsync.testsupport.PoisonFuzzer.Poison;
import io.credsync.testsupport.PoisonFuzzer.Template;
import io.credsync.testsupport.TestConnections;
import io.credsync.testsupport.TopicProbe;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fuzzes {@code credsync.commands.jetstream.v1} (the dispatcher core's intake, shared by every vendor): seeded poison
 * commands among valid ones. Every poison command is parked with its rule, no poison pass ever reaches the device
 * (not even a valid payload under the wrong key), every valid one does, and the dispatcher stays ready.
 */
@QuarkusTest
@TestProfile(DispatcherTestProfile.class)
@WithCredsyncInfra(databasePrefix = "dispatcher")
@WithTestResource(SimulatorResource.class)
class CommandTopicFuzzTest {

    private static final long SEED = 1203L;
    private static final int POISON = 3000;
    private static final int VALID_EVERY = 50;

    private final String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final String device = tenant + "-Fuzz";
    private final AtomicInteger serial = new AtomicInteger();

    @TestHTTPResource("/q/health/ready")
    java.net.URI readiness;

    @Test
    void shouldDeadLetterEveryPoisonCommandAndDispatchEveryValidOneWithoutStopping() throws Exception {
        // Given an online device, poison commands and a valid one after every 50
        JetstreamSimulator sim = SimulatorResource.simulator;
        sim.device(device).online(true);
        var fuzzer = new PoisonFuzzer(SEED);
        var poison = fuzzer.generate(POISON, this::template);
        List<Poison> stream = new ArrayList<>();
        List<String> validPasses = new ArrayList<>();
        for (int i = 0; i < poison.size(); i++) {
            stream.add(poison.get(i));
            if (i % VALID_EVERY == 0) {
                String pass = String.format("%012X", 0xF00000L + i);
                var command = Commands.present(tenant, UUID.randomUUID(), device, 1, pass);
                validPasses.add(pass);
                stream.add(new Poison(command.partitionKey(), Json.write(command), "valid"));
            }
        }
        TestConnections.define(tenant, SimulatorResource.CONNECTION, Vendor.JETSTREAM, sim.baseUrl(),
                SimulatorResource.SECRET_REF);
        // When
        fuzzer.send(Topics.commands(Vendor.JETSTREAM), stream);
        // Then every poison command is parked with its rule and reason
        String group = ConfigProvider.getConfig().getValue("credsync.dispatcher.group-prefix", String.class)
                + "jetstream";
        var letters = fuzzer.awaitDeadLetters(Topics.commandsDeadLetter(Vendor.JETSTREAM), group, POISON,
                Duration.ofSeconds(180));
        assertThat(letters).hasSize(POISON).allSatisfy(letter -> {
            assertThat(TopicProbe.header(letter, "dead-letter-rule")).isNotBlank();
            assertThat(TopicProbe.header(letter, "dead-letter-reason")).isNotBlank().doesNotContain("E0");
        });
        assertThat(letters).extracting(l -> TopicProbe.header(l, "dead-letter-rule"))
                .contains("value.envelope", "record.key", "command.connection", "command.vendor");
        // And the device holds exactly the valid passes
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sim.deviceAcl(device))
                .containsExactlyInAnyOrderElementsOf(validPasses));
        assertThat(status(readiness)).isEqualTo(200);
    }

    private Template template() {
        String pass = String.format("%012X", 0xE00000L + serial.incrementAndGet());
        var command = Commands.present(tenant, UUID.randomUUID(), device, 1, pass);
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
        // an unknown but well-formed connection is not poison: the registry defines it, the follower may lag
        breaks.put("blank-connection", n -> {
            ((ObjectNode) n.get("target")).put("connection_id", "");
            return n;
        });
        breaks.put("other-vendor", n -> n.put("vendor", "seam"));
        breaks.put("version-zero", n -> n.put("version", 0));
        return new Template(command.partitionKey(), Json.write(command),
                List.of("command_id", "tenant", "credential_id", "target_id", "target", "desired"),
                Map.of("vendor", "jetstream", "desired.presence", "present", "desired.kind", "card"), breaks);
    }

    private static int status(java.net.URI uri) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
