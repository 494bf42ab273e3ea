package io.credsync.ingest.jetstream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.support.vendor.OutcomePublisher;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns, from the Jetstream dispatcher's outcomes, which credential versions each Jetstream CommandId carried; then
 * resolves a completion that was parked because it arrived first.
 */
@ApplicationScoped
public class DispatcherOutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(DispatcherOutcomeConsumer.class);

    private final CommandCorrelations correlations;
    private final OutcomePublisher outcomes;

    public DispatcherOutcomeConsumer(CommandCorrelations correlations, OutcomePublisher outcomes) {
        this.correlations = correlations;
        this.outcomes = outcomes;
    }

    @Incoming("dispatcher-outcomes")
    @Blocking
    public void consume(byte[] payload) throws InterruptedException {
        SyncOutcome outcome;
        try {
            outcome = Json.read(payload, SyncOutcome.class);
        } catch (ContractParseException e) {
            return; // the registry dead-letters unreadable outcomes; nothing to learn here
        }
        String jetstreamCommand = outcome.vendorRefs().get(CompletionOutcomes.COMMAND_ID);
        if (jetstreamCommand == null || CompletionOutcomes.SOURCE.equals(outcome.source())) {
            return;
        }
        var carried = new CommandCorrelations.Carried(outcome.tenant(), outcome.credentialId(), outcome.targetId(),
                outcome.version(), outcome.commandId(), outcome.phase().isFinal());
        long backoff = 100;
        while (true) {
            try {
                correlations.record(jetstreamCommand, carried);
                var parked = correlations.unpark(jetstreamCommand);
                if (parked.isPresent()) {
                    outcomes.publish(CompletionOutcomes.completed(parked.get(), correlations.carried(
                            jetstreamCommand)));
                }
                return;
            } catch (Exception e) {
                LOG.warnf("correlating Jetstream command %s failed, retrying: %s", jetstreamCommand, e.toString());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 5000);
            }
        }
    }

}
