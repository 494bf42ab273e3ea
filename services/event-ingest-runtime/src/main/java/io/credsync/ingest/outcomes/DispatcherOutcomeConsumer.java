package io.credsync.ingest.outcomes;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.credsync.ingest.vendors.HostedVendors;
import io.credsync.model.Topics;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.support.connections.FollowedConnections;
import io.credsync.support.messaging.RecordGuard;
import io.smallrye.common.annotation.Blocking;

/**
 * The one consumer of the dispatchers' outcomes ({@code credsync.sync-outcomes.v1}): hands each outcome to the event
 * side of the vendor it is about ({@link OutcomeVendors}). {@link RecordGuard} retries an outage until it passes, so
 * that nothing learned is lost, and parks an outcome no side can use on the outcomes' dead-letter topic (as
 * {@code event-ingest}'s letter). event-ingest's own outcomes teach nothing and are skipped.
 */
@ApplicationScoped
public class DispatcherOutcomeConsumer {

    private static final Duration CONNECTIONS_WAIT = Duration.ofSeconds(30);

    private final HostedVendors vendors;
    private final FollowedConnections connections;
    private final RecordGuard guard;
    private final String ownSource;

    public DispatcherOutcomeConsumer(HostedVendors vendors, FollowedConnections connections, RecordGuard guard,
            @ConfigProperty(name = "quarkus.application.name") String ownSource) {
        this.vendors = vendors;
        this.connections = connections;
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
        // a side may look the outcome's connection up: until the connections are read, that is an outage
        if (!connections.awaitCaughtUp(CONNECTIONS_WAIT)) {
            throw new TimeoutException("the connections are still being read");
        }
        // each side records what it learned idempotently, so a retry after an outage repeats harmlessly
        for (var hosted : OutcomeVendors.sidesFor(outcome, vendors.all())) {
            hosted.side().correlate(outcome);
        }
    }
}
