package io.credsync.ingest.outcomes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.smallrye.common.annotation.Blocking;

/**
 * The one consumer of the dispatchers' outcomes ({@code credsync.sync-outcomes.v1}): hands each outcome to every
 * vendor's {@link OutcomeCorrelator}, retrying a correlator until it succeeds so that nothing learned is lost.
 * event-ingest's own outcomes teach nothing and are skipped.
 */
@ApplicationScoped
public class DispatcherOutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(DispatcherOutcomeConsumer.class);
    private static final long MAX_BACKOFF_MS = 5000;

    private final List<OutcomeCorrelator> correlators;
    private final String ownSource;

    public DispatcherOutcomeConsumer(@Any Instance<OutcomeCorrelator> correlators,
            @ConfigProperty(name = "quarkus.application.name") String ownSource) {
        this.correlators = correlators.stream().toList();
        this.ownSource = ownSource;
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
        if (ownSource.equals(outcome.source())) {
            return;
        }
        for (OutcomeCorrelator correlator : correlators) {
            correlateUntilDone(correlator, outcome);
        }
    }

    private static void correlateUntilDone(OutcomeCorrelator correlator, SyncOutcome outcome)
            throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                correlator.correlate(outcome);
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warnf("correlating outcome %s (%s) failed, retrying: %s", outcome.eventId(),
                        correlator.getClass().getSimpleName(), e.toString());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }
}
