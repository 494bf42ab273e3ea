package io.credsync.vendor.seam.events;

/**
 * Reads back every watch quiet for longer than {@code readback-after}, with or without an event: how a lost webhook,
 * or an access system that refused a write (Seam sends no event for that), is noticed. Also drops parked events
 * nobody claimed within {@code parked-event-ttl}.
 */
final class SeamReadbackSweep {

    private static final int BATCH = 100;

    private final SeamEventSettings settings;
    private final SeamWatches watches;
    private final SeamWatchResolver resolver;
    private final ParkedSeamEvents parked;

    SeamReadbackSweep(SeamEventSettings settings, SeamWatches watches, SeamWatchResolver resolver,
            ParkedSeamEvents parked) {
        this.settings = settings;
        this.watches = watches;
        this.resolver = resolver;
        this.parked = parked;
    }

    boolean run() throws Exception {
        parked.dropOlderThan(settings.parkedEventTtl());
        for (String acsCredentialId : watches.due(settings.readbackAfter(), BATCH)) {
            resolver.readBack(acsCredentialId, true);
        }
        return false;
    }
}
