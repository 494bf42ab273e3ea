package io.credsync.ingest.jetstream;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.ingest.outcomes.OutcomeCorrelator;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.support.vendor.OutcomePublisher;

/**
 * Learns, from the Jetstream dispatcher's outcomes, which credential versions each Jetstream CommandId carried; then
 * resolves a completion that was parked because it arrived first.
 */
@ApplicationScoped
public class JetstreamOutcomeCorrelator implements OutcomeCorrelator {

    private final CommandCorrelations correlations;
    private final OutcomePublisher outcomes;

    public JetstreamOutcomeCorrelator(CommandCorrelations correlations, OutcomePublisher outcomes) {
        this.correlations = correlations;
        this.outcomes = outcomes;
    }

    @Override
    public void correlate(SyncOutcome outcome) throws Exception {
        String jetstreamCommand = outcome.vendorRefs().get(CompletionOutcomes.COMMAND_ID);
        if (jetstreamCommand == null) {
            return;
        }
        correlations.record(jetstreamCommand, new CommandCorrelations.Carried(outcome.tenant(),
                outcome.credentialId(), outcome.targetId(), outcome.version(), outcome.commandId(),
                outcome.phase().isFinal()));
        var parked = correlations.unpark(jetstreamCommand);
        if (parked.isPresent()) {
            outcomes.publish(CompletionOutcomes.completed(parked.get(), correlations.carried(jetstreamCommand)));
        }
    }
}
