package io.credsync.dispatcher.jetstream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.DesiredState;
import io.credsync.model.command.HolderRef;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.testsupport.TestKafka;

/** Builds sealed Jetstream commands as the registry would, sends them, and reads outcomes back. */
final class Commands {

    static final ValueCipher CIPHER = new ValueCipher(
            KeyRing.parse("dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=", "dev"));

    private Commands() {
    }

    static SyncCommand present(String tenant, UUID credential, String device, long version, String pass) {
        var holder = new HolderRef(UUID.randomUUID(), "h", new HolderDetails("Ada", null, null, null));
        var sealed = CIPHER.encrypt(SecretValue.of(pass), new EnvelopeContext(tenant, credential.toString()));
        var desired = new DesiredState(Presence.PRESENT, CredentialKind.CARD, sealed, FormatHints.NONE,
                ValidityWindow.ALWAYS, holder, new GrantParameters.Jetstream());
        return command(tenant, credential, device, version, desired, CommandPriority.NORMAL, CommandReason.GRANT);
    }

    static SyncCommand absent(String tenant, UUID credential, String device, long version) {
        var desired = DesiredState.absent(CredentialKind.CARD, new HolderRef(UUID.randomUUID(), "h", null));
        return command(tenant, credential, device, version, desired, CommandPriority.URGENT, CommandReason.REVOKE);
    }

    private static SyncCommand command(String tenant, UUID credential, String device, long version,
            DesiredState desired, CommandPriority priority, CommandReason reason) {
        return new SyncCommand(UUID.randomUUID(), tenant, credential, tenant + "-" + device, Vendor.JETSTREAM,
                new TargetAddress(SimulatorResource.CONNECTION, device, Map.of()), version, desired, priority, reason,
                Instant.now());
    }

    static void send(SyncCommand... commands) {
        try (var producer = new KafkaProducer<>(TestKafka.producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (var command : commands) {
                producer.send(new ProducerRecord<>(Topics.commands(Vendor.JETSTREAM), command.partitionKey(),
                        Json.write(command)));
            }
            producer.flush();
        }
    }

    static void sendRaw(String key, byte[] value) {
        try (var producer = new KafkaProducer<>(TestKafka.producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.commands(Vendor.JETSTREAM), key, value));
        }
    }

    /** Outcomes of one tenant, read from the beginning until {@code done} holds. */
    static List<SyncOutcome> outcomes(String tenant, Predicate<List<SyncOutcome>> done) {
        return read(Topics.SYNC_OUTCOMES, r -> new String(r, StandardCharsets.UTF_8).contains(tenant), done)
                .stream().map(v -> Json.read(v, SyncOutcome.class)).toList();
    }

    static List<byte[]> read(String topic, Predicate<byte[]> filter, Predicate<List<SyncOutcome>> done) {
        Map<String, Object> props = new HashMap<>(TestKafka.consumerProps("probe-" + UUID.randomUUID()));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        var found = new ArrayList<byte[]>();
        try (var consumer = new KafkaConsumer<String, byte[]>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r.value())) {
                        found.add(r.value());
                    }
                });
                var outcomes = topic.equals(Topics.SYNC_OUTCOMES)
                        ? found.stream().map(v -> Json.read(v, SyncOutcome.class)).toList()
                        : List.<SyncOutcome>of();
                if (done.test(outcomes) && (!topic.equals(Topics.SYNC_OUTCOMES) || !outcomes.isEmpty())) {
                    return found;
                }
                if (!topic.equals(Topics.SYNC_OUTCOMES) && !found.isEmpty()) {
                    return found;
                }
            }
        }
        throw new AssertionError("timed out reading " + topic + " (" + found.size() + " records matched)");
    }
}
