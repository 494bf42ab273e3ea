package io.credsync.vendor.jetstream.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
import io.credsync.testsupport.TestConnections;
import io.credsync.testsupport.TestKafka;
import io.credsync.testsupport.TopicProbe;

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
        java.util.Arrays.stream(commands).map(SyncCommand::tenant).distinct().forEach(tenant -> TestConnections
                .define(tenant, SimulatorResource.CONNECTION, Vendor.JETSTREAM, SimulatorResource.simulator.baseUrl(),
                        SimulatorResource.SECRET_REF));
        try (var producer = new KafkaProducer<>(TestKafka.producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (var command : commands) {
                producer.send(new ProducerRecord<>(Topics.commands(Vendor.JETSTREAM), command.partitionKey(),
                        Json.write(command)));
            }
            producer.flush();
        }
    }

    /** Outcomes of one tenant, read from the beginning until {@code done} holds. */
    static List<SyncOutcome> outcomes(String tenant, Predicate<List<SyncOutcome>> done) {
        return TopicProbe.readUntil(Topics.SYNC_OUTCOMES, r -> TopicProbe.text(r).contains(tenant),
                found -> done.test(parse(found)), Duration.ofSeconds(30))
                .stream().map(r -> Json.read(r.value(), SyncOutcome.class)).toList();
    }

    private static List<SyncOutcome> parse(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> Json.read(r.value(), SyncOutcome.class)).toList();
    }
}
