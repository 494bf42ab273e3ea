package io.credsync.ingest.outcomes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.support.messaging.RecordGuard;
import io.smallrye.common.annotation.Blocking;

/**
 * The one consumer of the dispatchers' outcomes ({@code credsync.sync-outcomes.v1}): hands each outcome to every
 * vendor's {@link OutcomeCorrelator}. {@link RecordGuard} retries an outage until it passes, so that nothing learned
 * is lost, and parks an outcome no correlator can use on the outcomes' dead-letter topic (as {@code event-ingest}'s
 * letter; the registry parks what it refuses itself). event-ingest's own outcomes teach nothing and are skipped.
 */
@ApplicationScoped
public class DispatcherOutcomeConsumer {

    private final List<OutcomeCorrelator> correlators;
    private final RecordGuard guard;
    private final String ownSource;

    public DispatcherOutcomeConsumer(@Any Instance<OutcomeCorrelator> correlators, RecordGuard guard,
            @ConfigProperty(name = "quarkus.application.name") String ownSource) {
        this.correlators = correlators.stream().toList();
        this.guard = guard;
        this.ownSource = ownSource;
    }

    @Incoming("dispatcher-outcomes")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        guard.process(record, Topics.SYNC_OUTCOMES_DLQ, r -> correlate(Json.read(r.value(), SyncOutcome.class)
                .checkRecord(r.key())));
    }

    private void correlate(SyncOutcome outcome) throws Exception {
        if (ownSource.equals(outcome.source())) {
            return;
        }
        // each correlator records what it learned idempotently, so a retry after an outage repeats harmlessly
        for (OutcomeCorrelator correlator : correlators) {
            correlator.correlate(outcome);
        }
    }
}
