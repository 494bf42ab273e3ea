package io.credsync.vendor.seam.events;

import java.time.Duration;

import io.credsync.vendor.spi.VendorSettings;

/**
 * The Seam event side's timing, {@code credsync.vendor.seam.<name>} (env {@code CREDSYNC_VENDOR_SEAM_<NAME>}).
 *
 * @param eventsPollInterval how often each connection's {@code /events/list} is read (the fallback when webhooks
 *        stop)
 * @param eventsOverlap how far before the last event seen the next {@code /events/list} starts, for events Seam lists
 *        late
 * @param eventsPageSize {@code limit} of one page; a full page is followed by the next {@code unstable_offset}
 * @param readbackAfter a watch quiet for this long (since accepted, or since its last read) is read back without any
 *        event
 * @param readbackInterval how often the read-back sweep looks for such watches
 * @param parkedEventTtl a parked event (about a credential not yet watched) older than this is dropped
 * @param webhookRetention how long webhook message ids are remembered (Svix retries for about a day and a half)
 */
record SeamEventSettings(Duration eventsPollInterval, Duration eventsOverlap, int eventsPageSize,
        Duration readbackAfter, Duration readbackInterval, Duration parkedEventTtl, Duration webhookRetention) {

    static SeamEventSettings from(VendorSettings settings) {
        return new SeamEventSettings(
                settings.duration("events-poll-interval", Duration.ofSeconds(30)),
                settings.duration("events-overlap", Duration.ofSeconds(30)),
                settings.integer("events-page-size", 500),
                settings.duration("readback-after", Duration.ofMinutes(2)),
                settings.duration("readback-interval", Duration.ofSeconds(15)),
                settings.duration("parked-event-ttl", Duration.ofMinutes(15)),
                settings.duration("webhook-retention", Duration.ofHours(72)));
    }
}
