package io.credsync.dispatcher.messaging;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.credsync.dispatcher.config.Connections;
import io.credsync.vendor.spi.dispatch.VendorAdapter;
import io.credsync.dispatcher.work.DispatchWorker;
import io.credsync.dispatcher.work.WorkStore;
import io.credsync.model.Topics;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.messaging.RecordGuard;
import io.credsync.support.vendor.OutcomePublisher;
import io.smallrye.common.annotation.Blocking;

/**
 * Takes commands from the vendor's command topic into durable slots (dedupe by command id, older versions reported
 * superseded) and wakes the worker. {@link RecordGuard} keeps any record from stopping the channel: a command that
 * breaks a rule ({@link CommandCheck}) is parked on the vendor's dead-letter topic, an outage is waited out.
 */
@ApplicationScoped
public class CommandConsumer {

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    public static final String CHANNEL = "commands";

    private final WorkStore store;
    private final OutcomePublisher outcomes;
    private final DispatchWorker worker;
    private final RecordGuard guard;
    private final CommandCheck check;
    private final String deadLetterTopic;

    public CommandConsumer(WorkStore store, OutcomePublisher outcomes, DispatchWorker worker, RecordGuard guard,
            VendorAdapter adapter, Connections connections, ValueCipher cipher) {
        this.store = store;
        this.outcomes = outcomes;
        this.worker = worker;
        this.guard = guard;
        this.check = new CommandCheck(adapter.vendor(), connections, cipher);
        this.deadLetterTopic = Topics.commandsDeadLetter(adapter.vendor());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        guard.process(record, deadLetterTopic, r -> intake(check.read(r)));
    }

    private void intake(SyncCommand command) throws Exception {
        switch (store.intake(command)) {
            case ACCEPTED -> worker.wake();
            case SUPERSEDED -> outcomes.publish(List.of(outcomes.outcome(command, SyncPhase.SUPERSEDED, null,
                    Map.of(), null, "a newer version was already received for this target")));
            case DUPLICATE -> LOG.debugf("command %s seen before; ignored", command.commandId());
        }
    }
}
