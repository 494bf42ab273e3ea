package io.credsync.testsupport.dispatch;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.credsync.model.Topics;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.testsupport.TestKafka;

/**
 * Sends commands to one vendor's topic ({@code credsync.commands.<vendor>.v1}) as the registry does: keyed by target,
 * in the order given, acknowledged before {@link #send} returns. {@link #send} first defines the connection for every
 * tenant among the commands; {@link #sendOnly} leaves connections to the test.
 */
public final class CommandSender {

    private final TestConnection connection;

    public CommandSender(TestConnection connection) {
        this.connection = connection;
    }

    public TestConnection connection() {
        return connection;
    }

    /** Defines the connection for the commands' tenants, then sends the commands in order. */
    public void send(SyncCommand... commands) {
        Arrays.stream(commands).map(SyncCommand::tenant).distinct().forEach(connection::defineFor);
        sendOnly(commands);
    }

    /** Sends the commands in order, without defining any connection. */
    public void sendOnly(SyncCommand... commands) {
        try (var producer = new KafkaProducer<>(TestKafka.producerProps(), new StringSerializer(),
                new ByteArraySerializer())) {
            var sent = Arrays.stream(commands).map(c -> producer.send(new ProducerRecord<>(
                    Topics.commands(connection.vendor()), c.partitionKey(), Json.write(c)))).toList();
            for (var ack : sent) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + Topics.commands(connection.vendor()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending commands", e);
        }
    }
}
