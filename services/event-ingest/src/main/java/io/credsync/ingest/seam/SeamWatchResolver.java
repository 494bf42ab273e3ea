package io.credsync.ingest.seam;

import java.sql.Connection;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.credsync.ingest.seam.SeamReadback.Verdict;
import io.credsync.model.outcome.SyncPhase;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads a watched credential back from Seam and reports what it has come to. The watch's row stays locked from the
 * read until the watch is updated, and a watch is settled only after Kafka acknowledged its outcome: a crash in
 * between repeats the read (and at worst the outcome, which consumers deduplicate by version).
 */
@ApplicationScoped
public class SeamWatchResolver {

    private static final Logger LOG = Logger.getLogger(SeamWatchResolver.class);

    private final AgroalDataSource dataSource;
    private final SeamWatches watches;
    private final SeamConnections connections;
    private final SeamOutcomes outcomes;
    private final MeterRegistry metrics;

    public SeamWatchResolver(AgroalDataSource dataSource, SeamWatches watches, SeamConnections connections,
            SeamOutcomes outcomes, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.watches = watches;
        this.connections = connections;
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    /**
     * Reads back the credential if it is watched and unsettled. Seam being unavailable is not an error here: the watch
     * stays and the sweep reads it again later.
     *
     * @param skipIfBusy skip a watch another read-back holds (the sweep) instead of waiting for it (events)
     */
    public void readBack(String acsCredentialId, boolean skipIfBusy) throws Exception {
        try (Connection c = dataSource.getConnection()) {
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
        var connection = connections.find(watch.connectionId());
        if (connection.isEmpty()) {
            LOG.warnf("Seam credential %s is watched for connection %s, which is not configured", acsCredentialId,
                    watch.connectionId());
            watches.noteRead(c, acsCredentialId, watch.lastReportedCode());
            return;
        }
        CredentialRead read;
        try {
            read = connection.get().api().readCredential(acsCredentialId);
        } catch (SeamCallFailed e) {
            LOG.warnf("reading back Seam credential %s failed, trying again later: %s", acsCredentialId,
                    e.getMessage());
            count("unavailable");
            watches.noteRead(c, acsCredentialId, watch.lastReportedCode());
            return;
        }
        apply(c, watch, read, SeamReadback.decide(watch, read));
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
        metrics.counter("credsync.ingest.seam.readbacks", "verdict", verdict).increment();
    }
}
