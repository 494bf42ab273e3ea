package io.credsync.vendor.seam.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Vendor;
import io.credsync.model.json.Json;
import io.credsync.vendor.seam.api.SeamClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.events.EventContext;

/**
 * The fallback when webhooks stop: reads {@code /events/list} from the last event seen (minus an overlap, for events
 * Seam lists late), page by page ({@code limit}, then {@code unstable_offset}), and hands each credential event to
 * the same handler as the webhook; the handler's event-id dedupe absorbs the overlap and the webhook's copies. An
 * event nobody can read or handle is parked once (vendor-events DLQ) and the poll goes on: one bad answer must not
 * stop the poll for every event after it.
 */
final class SeamEventsPoller {

    private static final Logger LOG = Logger.getLogger(SeamEventsPoller.class);

    private final EventContext context;
    private final SeamEventSettings settings;
    private final SeamEventCursors cursors;
    private final SeamEventHandler handler;

    SeamEventsPoller(EventContext context, SeamEventSettings settings, SeamEventCursors cursors,
            SeamEventHandler handler) {
        this.context = context;
        this.settings = settings;
        this.cursors = cursors;
        this.handler = handler;
    }

    /** One poll of every connection; one connection's outage must not stop the others. */
    boolean pollAll() throws InterruptedException {
        for (VendorConnection connection : context.connections().all(Vendor.SEAM)) {
            try {
                pollOnce(connection);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warnf("polling Seam events of %s failed, trying again in %s: %s", connection,
                        settings.eventsPollInterval(), e.toString());
            }
        }
        return false; // a poll reads every full page already
    }

    /** One poll of one connection; returns how many events were listed. */
    int pollOnce(VendorConnection connection) throws Exception {
        String cursor = connection.tenant() + "/" + connection.id();
        var seam = new SeamClient(context.http(), connection);
        Instant lastSeen = cursors.lastSeen(cursor).orElse(context.clock().instant());
        Instant since = lastSeen.minus(settings.eventsOverlap());
        Instant newest = lastSeen;
        int listed = 0;
        while (true) {
            var page = seam.listEvents(since, SeamEventTypes.CREDENTIAL, settings.eventsPageSize(), listed);
            for (JsonNode raw : page) {
                try {
                    SeamEvent event = Json.read(raw, SeamEvent.class);
                    handler.handle(connection.id(), event);
                    newest = event.occurredAtInstant().filter(newest::isBefore).orElse(newest);
                } catch (Exception | StackOverflowError e) {
                    park(connection.id(), raw, e);
                }
            }
            listed += page.size();
            if (page.size() < settings.eventsPageSize()) {
                break;
            }
        }
        cursors.save(cursor, newest);
        return listed;
    }

    /** Once per event id: the overlap lists it again on the next polls. An outage is thrown back instead. */
    private void park(String connectionId, JsonNode raw, Throwable failure) throws Exception {
        String id = raw.path("event_id").asText("");
        String seenKey = "seam-unreadable/" + id;
        if (!id.isEmpty() && context.seen().seen(seenKey)) {
            return;
        }
        context.deadLetters().parkUnlessOutage(id.isEmpty() ? null : id, Json.write(raw), failure, Map.of(
                "dead-letter-source", "seam-events-list", "seam-connection-id", connectionId));
        if (!id.isEmpty()) {
            context.seen().markSeen(List.of(seenKey));
        }
    }
}
