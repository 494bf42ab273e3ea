package io.credsync.vendor.seam.events;

import java.sql.Connection;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.seam.api.CredentialRead;
import io.credsync.vendor.seam.api.SeamClient;
import io.credsync.vendor.seam.events.SeamReadback.Verdict;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.events.EventContext;

/**
 * Reads a watched credential back from Seam and reports what it has come to. The watch's row stays locked from the
 * read until the watch is updated, and a watch is settled only after Kafka acknowledged its outcome: a crash in
 * between repeats the read (and at worst the outcome, which consumers deduplicate by version).
 */
class SeamWatchResolver {

    private static final Logger LOG = Logger.getLogger(SeamWatchResolver.class);

    private final EventContext context;
    private final SeamWatches watches;
    private final SeamOutcomes outcomes;

    SeamWatchResolver(EventContext context, SeamWatches watches, SeamOutcomes outcomes) {
        this.context = context;
        this.watches = watches;
        this.outcomes = outcomes;
    }

    /**
     * Reads back the credential if it is watched and unsettled. Seam being unavailable is not an error here: the watch
     * stays and the sweep reads it again later.
     *
     * @param skipIfBusy skip a watch another read-back holds (the sweep) instead of waiting for it (events)
     */
    void readBack(String acsCredentialId, boolean skipIfBusy) throws Exception {
        DataSource storage = context.storage();
        try (Connection c = storage.getConnection()) {
            c.setAutoCommit(false);
            try {
                resolve(c, acsCredentialId, skipIfBusy);
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void resolve(Connection c, String acsCredentialId, boolean skipIfBusy) throws Exception {
        var locked = watches.lockUnsettled(c, acsCredentialId, skipIfBusy);
        if (locked.isEmpty()) {
            return;
        }
        SeamWatch watch = locked.get();
        CredentialRead read;
        try {
            var connection = connection(watch);
            if (connection.isEmpty()) {
                LOG.warnf("Seam credential %s is watched for connection %s, which is not defined for tenant %s",
                        acsCredentialId, watch.connectionId(), watch.tenant());
                watches.noteRead(c, acsCredentialId, watch.lastReportedCode());
                return;
            }
            read = new SeamClient(context.http(), connection.get()).readCredential(acsCredentialId);
        } catch (VendorFailure e) {
            LOG.warnf("reading back Seam credential %s failed, trying again later: %s", acsCredentialId,
                    e.getMessage());
            count("unavailable");
            watches.noteRead(c, acsCredentialId, watch.lastReportedCode());
            return;
        }
        apply(c, watch, read, SeamReadback.decide(watch, read));
    }

    private Optional<VendorConnection> connection(SeamWatch watch) throws VendorFailure {
        return context.connections().find(watch.tenant(), watch.connectionId());
    }

    private void apply(Connection c, SeamWatch watch, CredentialRead read, Verdict verdict) throws Exception {
        if (verdict instanceof Verdict.Settle settle) {
            outcomes.publish(watch, settle.phase(), settle.errorCode(), settle.message(), read.requestId());
            watches.settle(c, watch.acsCredentialId());
            count(settle.phase().name().toLowerCase(Locale.ROOT));
        } else if (verdict instanceof Verdict.StillPending pending) {
            outcomes.publish(watch, SyncPhase.ACCEPTED, pending.warningCode(), pending.message(), read.requestId());
            watches.noteRead(c, watch.acsCredentialId(), pending.warningCode());
            count("pending");
        } else {
            watches.noteRead(c, watch.acsCredentialId(), watch.lastReportedCode());
            count("waiting");
        }
    }

    private void count(String verdict) {
        context.metrics().count("readbacks", "verdict", verdict);
    }
}
