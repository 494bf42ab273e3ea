package io.credsync.ingest.seam;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.ingest.events.SeenVendorEvents;
import io.credsync.ingest.events.VendorEventDeadLetterPublisher;
import io.credsync.ingest.events.VendorEventDeadLetterPublisher.DeadLetter;
import io.credsync.ingest.seam.SeamConnections.SeamConnection;
import io.credsync.model.json.Json;
import io.credsync.support.messaging.FailureVerdict;

/**
 * The fallback when webhooks stop: reads {@code /events/list} from the last event seen (minus an overlap, for events
 * Seam lists late), page by page ({@code limit}, then {@code unstable_offset}), and hands each credential event to
 * the same handler as the webhook; the handler's event-id dedupe absorbs the overlap and the webhook's copies. An
 * event nobody can read or handle is parked once (vendor-events DLQ) and the poll goes on: one bad answer must not
 * stop the poll for every event after it.
 */
@ApplicationScoped
public class SeamEventsPoller {

    private final SeamIngestConfig config;
    private final SeamEventCursors cursors;
    private final SeamEventHandler handler;
    private final SeenVendorEvents seenEvents;
    private final VendorEventDeadLetterPublisher deadLetters;

    public SeamEventsPoller(SeamIngestConfig config, SeamEventCursors cursors, SeamEventHandler handler,
            SeenVendorEvents seenEvents, VendorEventDeadLetterPublisher deadLetters) {
        this.config = config;
        this.cursors = cursors;
        this.handler = handler;
        this.seenEvents = seenEvents;
        this.deadLetters = deadLetters;
    }

    /** One poll of one connection; returns how many events were listed. */
    public int pollOnce(SeamConnection connection) throws Exception {
        Instant start = Instant.now();
        Instant lastSeen = cursors.lastSeen(connection.id()).orElse(start);
        Instant since = lastSeen.minus(config.eventsOverlap());
        Instant newest = lastSeen;
        int listed = 0;
        while (true) {
            var page = connection.api().listEvents(since, SeamEventTypes.CREDENTIAL, config.eventsPageSize(), listed);
            for (JsonNode raw : page) {
                try {
                    SeamEvent event = Json.read(raw, SeamEvent.class);
                    handler.handle(connection.id(), event);
                    newest = event.occurredAtInstant().filter(newest::isBefore).orElse(newest);
                } catch (Exception | StackOverflowError e) {
                    var verdict = FailureVerdict.of(e);
                    if (verdict.retry()) {
                        throw e;
                    }
                    park(connection.id(), raw, verdict);
                }
            }
            listed += page.size();
            if (page.size() < config.eventsPageSize()) {
                break;
            }
        }
        cursors.save(connection.id(), newest);
        return listed;
    }

    /** Once per event id: the overlap lists it again on the next polls. */
    private void park(String connectionId, JsonNode raw, FailureVerdict verdict) throws Exception {
        String id = raw.path("event_id").asText("");
        String seenKey = "seam-unreadable/" + id;
        if (!id.isEmpty() && seenEvents.seen(seenKey)) {
            return;
        }
        deadLetters.publish(new DeadLetter(id.isEmpty() ? null : id, Json.write(raw), verdict.reason(),
                verdict.rule(), Map.of("dead-letter-source", "seam-events-list", "seam-connection-id", connectionId)));
        if (!id.isEmpty()) {
            seenEvents.markSeen(List.of(seenKey));
        }
    }
}
