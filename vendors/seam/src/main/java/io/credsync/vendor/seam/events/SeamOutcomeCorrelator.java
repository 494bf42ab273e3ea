package io.credsync.vendor.seam.events;

import org.jboss.logging.Logger;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.spi.ConnectionDirectory;
import io.credsync.vendor.spi.VendorFailure;

/**
 * Learns from the Seam dispatcher's outcomes what to watch. {@code accepted} with {@code seam.awaiting} starts a watch
 * of that Seam credential (and ends the watches of older versions at the same target); a final phase ends the watches
 * up to its version. A watch whose credential already had an event (parked) is read back at once. Outcomes of
 * connections this process cannot use (not defined for the tenant, or without their secret here) are not watched.
 */
final class SeamOutcomeCorrelator {

    private static final Logger LOG = Logger.getLogger(SeamOutcomeCorrelator.class);

    private final ConnectionDirectory connections;
    private final SeamWatches watches;
    private final ParkedSeamEvents parked;
    private final SeamWatchResolver resolver;

    SeamOutcomeCorrelator(ConnectionDirectory connections, SeamWatches watches, ParkedSeamEvents parked,
            SeamWatchResolver resolver) {
        this.connections = connections;
        this.watches = watches;
        this.parked = parked;
        this.resolver = resolver;
    }

    void correlate(SyncOutcome outcome) throws Exception {
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
        if (!usable(outcome.tenant(), watch.get().connectionId())) {
            // another deployment's workspace: it could never be read back from here
            LOG.debugf("not watching Seam credential %s of connection %s, not usable here",
                    watch.get().acsCredentialId(), watch.get().connectionId());
            return;
        }
        watches.settleUpTo(outcome.tenant(), outcome.credentialId(), outcome.targetId(), outcome.version() - 1);
        watches.record(watch.get());
        if (parked.take(watch.get().acsCredentialId())) {
            resolver.readBack(watch.get().acsCredentialId(), false);
        }
    }

    private boolean usable(String tenant, String connectionId) {
        try {
            return connections.find(tenant, connectionId).isPresent();
        } catch (VendorFailure e) {
            LOG.warnf("Seam connection %s/%s cannot be used here: %s", tenant, connectionId, e.getMessage());
            return false;
        }
    }
}
