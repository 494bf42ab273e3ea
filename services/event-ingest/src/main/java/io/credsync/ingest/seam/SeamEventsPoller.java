package io.credsync.ingest.seam;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.ingest.seam.SeamConnections.SeamConnection;

/**
 * The fallback when webhooks stop: reads {@code /events/list} from the last event seen (minus an overlap, for events
 * Seam lists late), page by page ({@code limit}, then {@code unstable_offset}), and hands each credential event to
 * the same handler as the webhook; the handler's event-id dedupe absorbs the overlap and the webhook's copies.
 */
@ApplicationScoped
public class SeamEventsPoller {

    private final SeamIngestConfig config;
    private final SeamEventCursors cursors;
    private final SeamEventHandler handler;

    public SeamEventsPoller(SeamIngestConfig config, SeamEventCursors cursors, SeamEventHandler handler) {
        this.config = config;
        this.cursors = cursors;
        this.handler = handler;
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
            for (SeamEvent event : page) {
                handler.handle(connection.id(), event);
                newest = event.occurredAtInstant().filter(newest::isBefore).orElse(newest);
            }
            listed += page.size();
            if (page.size() < config.eventsPageSize()) {
                break;
            }
        }
        cursors.save(connection.id(), newest);
        return listed;
    }
}
