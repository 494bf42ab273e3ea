package io.credsync.dispatcher.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.credsync.dispatcher.work.DispatchWorker;
import io.credsync.dispatcher.work.WorkStore;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.support.vendor.OutcomePublisher;
import io.smallrye.common.annotation.Blocking;

/**
 * Takes commands from the vendor's command topic into durable slots (dedupe by command id, older versions reported
 * superseded) and wakes the worker. A command that is not valid JSON, or names no connection this dispatcher has,
 * is nacked onto the dead-letter topic with the reason.
 */
@ApplicationScoped
public class CommandConsumer {

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    public static final String CHANNEL = "commands";

    private final WorkStore store;
    private final OutcomePublisher outcomes;
    private final DispatchWorker worker;
    private final io.credsync.dispatcher.config.Connections connections;

    public CommandConsumer(WorkStore store, OutcomePublisher outcomes, DispatchWorker worker,
            io.credsync.dispatcher.config.Connections connections) {
        this.store = store;
        this.outcomes = outcomes;
        this.worker = worker;
        this.connections = connections;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(byte[] payload) throws Exception {
        SyncCommand command;
        try {
            command = Json.read(payload, SyncCommand.class);
        } catch (ContractParseException e) {
            throw new PoisonCommandException(e.getMessage());
        }
        validate(command);
        switch (intakeWithRetry(command)) {
            case ACCEPTED -> worker.wake();
            case SUPERSEDED -> outcomes.publish(List.of(outcomes.outcome(command, SyncPhase.SUPERSEDED, null,
                    java.util.Map.of(), null, "a newer version was already received for this target")));
            case DUPLICATE -> LOG.debugf("command %s seen before; ignored", command.commandId());
        }
    }

    /** A database outage is waited out, never dead-lettered. */
    private WorkStore.Intake intakeWithRetry(SyncCommand command) throws InterruptedException {
        long backoffMs = 100;
        while (true) {
            try {
                return store.intake(command);
            } catch (java.sql.SQLException e) {
                LOG.warnf("command %s not stored yet, retrying in %d ms: %s", command.commandId(), backoffMs,
                        e.toString());
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5000);
            }
        }
    }

    private void validate(SyncCommand command) {
        if (command.commandId() == null || command.tenant() == null || command.credentialId() == null
                || command.targetId() == null || command.target() == null || command.desired() == null
                || command.desired().presence() == null) {
            throw new PoisonCommandException("command needs command_id, tenant, credential_id, target_id, target "
                    + "and desired.presence");
        }
        if (connections.find(command.target().connectionId()).isEmpty()) {
            throw new PoisonCommandException("no connection '" + command.target().connectionId()
                    + "' is configured for this dispatcher (credsync.connections.\"<id>\".*)");
        }
    }

    /** A command that can never be dispatched: dead-lettered with this message as the reason. */
    public static class PoisonCommandException extends RuntimeException {
        public PoisonCommandException(String message) {
            super(message);
        }
    }
}
