package io.credsync.ingest.jetstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.ingest.events.SeenVendorEvents;
import io.credsync.ingest.events.VendorEventDeadLetterPublisher;
import io.credsync.ingest.events.VendorEventDeadLetterPublisher.DeadLetter;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.support.health.Heartbeats;
import io.credsync.support.messaging.FailureVerdict;
import io.credsync.support.vendor.OutcomePublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads each Jetstream account's event queue, turns command events into outcomes correlated by CommandId, and
 * acknowledges the events ({@code DELETE /3/events}) only after Kafka acknowledged the outcomes: a crash in between
 * re-reads the events, and their stable outcome ids and the seen-event table make the repeat harmless. A completion
 * whose command is not yet known is parked until the dispatcher's outcome names it. Other event types are counted
 * and acknowledged.
 */
@ApplicationScoped
public class JetstreamEventPoller {

    private static final Logger LOG = Logger.getLogger(JetstreamEventPoller.class);

    private final JetstreamIngestConfig config;
    private final CommandCorrelations correlations;
    private final SeenVendorEvents seenEvents;
    private final OutcomePublisher outcomes;
    private final MeterRegistry metrics;
    private final VendorEventDeadLetterPublisher deadLetters;
    private final Heartbeats heartbeats;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Thread> pollers = new ConcurrentHashMap<>();

    public JetstreamEventPoller(JetstreamIngestConfig config, CommandCorrelations correlations,
            SeenVendorEvents seenEvents, OutcomePublisher outcomes, MeterRegistry metrics,
            VendorEventDeadLetterPublisher deadLetters, Heartbeats heartbeats) {
        this.config = config;
        this.correlations = correlations;
        this.seenEvents = seenEvents;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.heartbeats = heartbeats;
    }

    void start(@Observes StartupEvent event) {
        running.set(true);
        config.connections().forEach((id, account) -> {
            var client = new JetstreamEventsClient(account.baseUrl(), account.apiKey());
            // a round is one read and one acknowledgement, each bounded by the HTTP timeouts
            var heartbeat = heartbeats.register("jetstream-events-" + id, config.pollInterval().plusMinutes(2));
            var thread = new Thread(() -> pollForever(id, client, heartbeat), "jetstream-events-" + id);
            thread.setDaemon(true);
            pollers.put(id, thread);
            thread.start();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        pollers.values().forEach(Thread::interrupt);
    }

    private void pollForever(String connectionId, JetstreamEventsClient client, Heartbeats.Heartbeat heartbeat) {
        while (running.get()) {
            heartbeat.beat();
            try {
                int handled = pollOnce(client);
                if (handled == 0) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.warnf("reading Jetstream events of %s failed, retrying: %s", connectionId, e.toString());
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** One read: outcomes published and acknowledged by Kafka, then the events acknowledged at Jetstream. */
    int pollOnce(JetstreamEventsClient client) throws Exception {
        var batch = client.read(config.batchSize());
        if (batch.events() == null || batch.events().isEmpty()) {
            return 0;
        }
        List<SyncOutcome> toPublish = new ArrayList<>();
        List<String> handled = new ArrayList<>();
        for (JsonNode raw : batch.events()) {
            String eventId = raw.path("EventId").isTextual() ? raw.path("EventId").asText() : null;
            handled.add(eventId);
            if (eventId == null || seenEvents.seen(eventId)) {
                continue;
            }
            try {
                toPublish.addAll(outcomesFor(Json.read(raw, JetstreamEvent.class)));
            } catch (Exception | StackOverflowError e) {
                var verdict = FailureVerdict.of(e);
                if (verdict.retry()) {
                    throw e;
                }
                // one event nobody can use must not hold up the queue behind it: parked, then acknowledged
                deadLetters.publish(new DeadLetter(eventId, Json.write(raw), verdict.reason(), verdict.rule(),
                        Map.of("dead-letter-source", "jetstream-events")));
            }
        }
        outcomes.publish(toPublish);
        // an event without an id cannot be acknowledged; counting only the rest keeps the poll from spinning on it
        List<String> acknowledged = handled.stream().filter(java.util.Objects::nonNull).toList();
        seenEvents.markSeen(acknowledged);
        client.acknowledge(acknowledged);
        return acknowledged.size();
    }

    private List<SyncOutcome> outcomesFor(JetstreamEvent event) throws Exception {
        metrics.counter("credsync.ingest.jetstream.events", "type", String.valueOf(event.type())).increment();
        if (JetstreamEvent.COMPLETED.equals(event.type())) {
            // remembered even when versions are known: a later outcome may name the same command for a newer
            // version (an offline device keeps one pending command), and that version is complete too
            correlations.remember(event);
            return CompletionOutcomes.completed(event, correlations.carried(event.commandId()));
        }
        if (JetstreamEvent.QUEUED.equals(event.type())) {
            return CompletionOutcomes.queued(event, correlations.carried(event.commandId()));
        }
        metrics.counter("credsync.ingest.jetstream.events.skipped", "type", String.valueOf(event.type()))
                .increment();
        return List.of();
    }
}
