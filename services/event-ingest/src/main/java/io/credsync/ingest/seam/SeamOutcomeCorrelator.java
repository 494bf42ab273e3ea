package io.credsync.ingest.seam;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.credsync.ingest.outcomes.OutcomeCorrelator;
import io.credsync.model.outcome.SyncOutcome;

/**
 * Learns from the Seam dispatcher's outcomes what to watch. {@code accepted} with {@code seam.awaiting} starts a watch
 * of that Seam credential (and ends the watches of older versions at the same target); a final phase ends the watches
 * up to its version. A watch whose credential already had an event (parked) is read back at once. Outcomes of
 * connections not configured here are not watched.
 */
@ApplicationScoped
public class SeamOutcomeCorrelator implements OutcomeCorrelator {

    private static final Logger LOG = Logger.getLogger(SeamOutcomeCorrelator.class);

    private final SeamConnections connections;
    private final SeamWatches watches;
    private final ParkedSeamEvents parked;
    private final SeamWatchResolver resolver;

    public SeamOutcomeCorrelator(SeamConnections connections, SeamWatches watches, ParkedSeamEvents parked,
            SeamWatchResolver resolver) {
        this.connections = connections;
        this.watches = watches;
        this.parked = parked;
        this.resolver = resolver;
    }

    @Override
    public void correlate(SyncOutcome outcome) throws Exception {
        if (!SeamSource.isSeam(outcome)) {
            return;
        }
        if (outcome.phase().isFinal()) {
            watches.settleUpTo(outcome.tenant(), outcome.credentialId(), outcome.targetId(), outcome.version());
            return;
        }
        var watch = SeamWatch.from(outcome);
        if (watch.isEmpty()) {
            return; // retrying, or accepted without anything to await
        }
        if (connections.find(watch.get().connectionId()).isEmpty()) {
            // another deployment's workspace: it could never be read back from here
            LOG.debugf("not watching Seam credential %s of unconfigured connection %s", watch.get().acsCredentialId(),
                    watch.get().connectionId());
            return;
        }
        watches.settleUpTo(outcome.tenant(), outcome.credentialId(), outcome.targetId(), outcome.version() - 1);
        watches.record(watch.get());
        if (parked.take(watch.get().acsCredentialId())) {
            resolver.readBack(watch.get().acsCredentialId(), false);
        }
    }
}
