package io.credsync.testsupport.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.testsupport.TopicProbe;

/**
 * What a test of a vendor's dispatch needs around its own command builders, over the real broker: the connection
 * defined per tenant, commands sent ({@link CommandSender}), a tenant's outcomes read ({@link OutcomeReader}), poison
 * sent and found on the vendor's dead-letter topic, values sealed with the runtime's {@code %test} key.
 *
 * <pre>{@code
 * static final DispatchTestkit KIT = DispatchTestkit.of(
 *         TestConnection.of("js", Vendor.JETSTREAM, () -> SimulatorResource.simulator.baseUrl(), "js-key"));
 * KIT.send(command);
 * KIT.outcomes(tenant).awaitPhase(command, SyncPhase.APPLIED);
 * }</pre>
 */
public final class DispatchTestkit {

    /** The key ring of the runtimes' {@code %test} profile ({@code credsync.encryption.keys}). */
    public static final ValueCipher CIPHER = new ValueCipher(
            KeyRing.parse("dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=", "dev"));

    private final CommandSender sender;
    private final Duration timeout;

    private DispatchTestkit(CommandSender sender, Duration timeout) {
        this.sender = sender;
        this.timeout = timeout;
    }

    /** A testkit for the connection's vendor; reads give up after 30 s. */
    public static DispatchTestkit of(TestConnection connection) {
        return new DispatchTestkit(new CommandSender(connection), Duration.ofSeconds(30));
    }

    /** The same, with reads giving up after {@code timeout}. */
    public DispatchTestkit withTimeout(Duration timeout) {
        return new DispatchTestkit(sender, timeout);
    }

    public Vendor vendor() {
        return sender.connection().vendor();
    }

    public TestConnection connection() {
        return sender.connection();
    }

    /** A tenant no other test uses ({@code t} and 8 hex digits). */
    public static String newTenant() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Seals {@code value} for a credential of {@code tenant} as the registry does. */
    public static EncryptedValue seal(String tenant, UUID credential, String value) {
        return CIPHER.encrypt(SecretValue.of(value), new EnvelopeContext(tenant, credential.toString()));
    }

    /** Defines the connection for the commands' tenants and sends the commands in order. */
    public void send(SyncCommand... commands) {
        sender.send(commands);
    }

    /** Sends the commands in order without defining a connection (tests of connections themselves). */
    public void sendOnly(SyncCommand... commands) {
        sender.sendOnly(commands);
    }

    /** Sends any bytes (poison) under {@code key} to the vendor's command topic. */
    public void sendRaw(String key, String value) {
        TopicProbe.send(Topics.commands(vendor()), key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The tenant's outcomes. */
    public OutcomeReader outcomes(String tenant) {
        return new OutcomeReader(tenant, timeout);
    }

    /** Records on the vendor's command dead-letter topic whose value contains {@code marker}, once there is one. */
    public List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String marker) {
        return TopicProbe.readUntil(Topics.commandsDeadLetter(vendor()), r -> TopicProbe.text(r).contains(marker),
                found -> !found.isEmpty(), timeout);
    }
}
