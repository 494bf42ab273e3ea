package io.credsync.vendor.jetstream.events;

import java.util.List;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.jetstream.JetstreamRefs;
import io.credsync.vendor.spi.events.OutcomeSink;

/**
 * Learns, from the Jetstream dispatcher's outcomes, which credential versions each Jetstream CommandId carried; then
 * resolves a completion that was parked because it arrived first.
 */
final class JetstreamOutcomeCorrelator {

    private final CommandCorrelations correlations;
    private final OutcomeSink outcomes;

    JetstreamOutcomeCorrelator(CommandCorrelations correlations, OutcomeSink outcomes) {
        this.correlations = correlations;
        this.outcomes = outcomes;
    }

    void correlate(SyncOutcome outcome) throws Exception {
        String jetstreamCommand = outcome.vendorRefs().get(JetstreamRefs.COMMAND_ID);
        if (jetstreamCommand == null) {
            return;
        }
        var carried = new CommandCorrelations.Carried(outcome.tenant(), outcome.credentialId(), outcome.targetId(),
                outcome.version(), outcome.commandId(), outcome.phase().isFinal());
        correlations.record(jetstreamCommand, carried);
        // the command may have completed before this version was known to ride on it (early completion, or an
        // offline device's pending command that took a newer version after it was first reported)
        var completion = correlations.completion(jetstreamCommand);
        if (completion.isPresent()) {
            outcomes.publish(CompletionOutcomes.completed(completion.get(), List.of(carried), outcomes.source()));
        }
    }
}
