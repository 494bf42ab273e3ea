package io.credsync.vendor.seam.events;

import java.util.List;

import io.credsync.vendor.spi.events.EventMetrics;
import io.credsync.vendor.spi.events.SeenEvents;

/**
 * Handles one Seam event, from a webhook or from {@code /events/list}, once per {@code event_id}: an event about a
 * watched credential triggers a read-back; one about a credential not yet watched is parked until the dispatcher's
 * outcome names it; other events are only counted.
 */
public class SeamEventHandler {

    private final SeenEvents seenEvents;
    private final SeamWatches watches;
    private final ParkedSeamEvents parked;
    private final SeamWatchResolver resolver;
    private final EventMetrics metrics;

    SeamEventHandler(SeenEvents seenEvents, SeamWatches watches, ParkedSeamEvents parked, SeamWatchResolver resolver,
            EventMetrics metrics) {
        this.seenEvents = seenEvents;
        this.watches = watches;
        this.parked = parked;
        this.resolver = resolver;
        this.metrics = metrics;
    }

    public void handle(String connectionId, SeamEvent event) throws Exception {
        if (event.eventId() == null || seenEvents.seen(event.seenKey())) {
            return;
        }
        metrics.count("events", "type", String.valueOf(event.eventType()));
        String acsCredentialId = event.acsCredentialId();
        if (SeamEventTypes.classify(event.eventType()) == SeamEventTypes.Kind.CREDENTIAL && acsCredentialId != null) {
            var settled = watches.isSettled(acsCredentialId);
            if (settled.isEmpty()) {
                parked.park(acsCredentialId, connectionId, event.eventId());
                // the watch may have been recorded between the look above and the park (its recorder then found
                // nothing parked): look again now that the park is committed, so one of the two always sees the other
                if (watches.isSettled(acsCredentialId).map(done -> !done).orElse(false)
                        && parked.take(acsCredentialId)) {
                    resolver.readBack(acsCredentialId, false);
                }
            } else if (!settled.get()) {
                resolver.readBack(acsCredentialId, false);
            }
        }
        seenEvents.markSeen(List.of(event.seenKey()));
    }
}
