package io.credsync.vendor.jetstream.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Vendor;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.jetstream.api.JetstreamClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.events.EventContext;

/**
 * Reads each Jetstream account's event queue, turns command events into outcomes correlated by CommandId, and
 * acknowledges the events ({@code DELETE /3/events}) only after Kafka acknowledged the outcomes: a crash in between
 * re-reads the events, and their stable outcome ids and the seen events make the repeat harmless. A completion whose
 * command is not yet known is parked until the dispatcher's outcome names it. Other event types are counted and
 * acknowledged; an event nobody can read is parked as a dead letter and acknowledged, so it holds up nothing.
 */
final class JetstreamEventPoller {

    private static final Logger LOG = Logger.getLogger(JetstreamEventPoller.class);

    private final EventContext context;
    private final JetstreamClient client;
    private final CommandCorrelations correlations;
    private final int batchSize;

    JetstreamEventPoller(EventContext context, JetstreamClient client, CommandCorrelations correlations,
            int batchSize) {
        this.context = context;
        this.client = client;
        this.correlations = correlations;
        this.batchSize = batchSize;
    }

    /** One read of every account; true when one of them had events (more may be waiting). */
    boolean pollAll() throws InterruptedException {
        boolean found = false;
        for (VendorConnection connection : context.connections().all(Vendor.JETSTREAM)) {
            try {
                found |= pollOnce(connection) > 0;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                // one account's outage must not stop the others
                LOG.warnf("reading Jetstream events of %s failed, retrying: %s", connection, e.toString());
            }
        }
        return found;
    }

    /** One read: outcomes published and acknowledged by Kafka, then the events acknowledged at Jetstream. */
    int pollOnce(VendorConnection connection) throws Exception {
        var batch = client.readEvents(connection, batchSize);
        if (batch.events() == null || batch.events().isEmpty()) {
            return 0;
        }
        List<SyncOutcome> toPublish = new ArrayList<>();
        // ids in batch order, each once: a copy of an event in the same batch is folded before the seen-check,
        // which only knows the ids of earlier batches
        Set<String> handled = new LinkedHashSet<>();
        for (JsonNode raw : batch.events()) {
            String eventId = raw.path("EventId").isTextual() ? raw.path("EventId").asText() : null;
            if (eventId == null || !handled.add(eventId) || context.seen().seen(eventId)) {
                continue;
            }
            try {
                toPublish.addAll(outcomesFor(Json.read(raw, JetstreamEvent.class)));
            } catch (Exception | StackOverflowError e) {
                context.deadLetters().parkUnlessOutage(eventId, Json.write(raw), e, Map.of("dead-letter-source",
                        "jetstream-events"));
            }
        }
        context.outcomes().publish(toPublish);
        // an event without an id cannot be acknowledged; counting only the rest keeps the poll from spinning on it
        List<String> acknowledged = List.copyOf(handled);
        context.seen().markSeen(acknowledged);
        client.acknowledgeEvents(connection, acknowledged);
        return acknowledged.size();
    }

    private List<SyncOutcome> outcomesFor(JetstreamEvent event) throws Exception {
        context.metrics().count("events", "type", String.valueOf(event.type()));
        String source = context.outcomes().source();
        if (JetstreamEvent.COMPLETED.equals(event.type())) {
            // remembered even when versions are known: a later outcome may name the same command for a newer
            // version (an offline device keeps one pending command), and that version is complete too
            correlations.remember(event);
            return CompletionOutcomes.completed(event, correlations.carried(event.commandId()), source);
        }
        if (JetstreamEvent.QUEUED.equals(event.type())) {
            return CompletionOutcomes.queued(event, correlations.carried(event.commandId()), source);
        }
        context.metrics().count("events.skipped", "type", String.valueOf(event.type()));
        return List.of();
    }
}
