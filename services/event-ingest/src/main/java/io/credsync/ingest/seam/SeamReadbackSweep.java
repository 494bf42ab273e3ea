package io.credsync.ingest.seam;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads back every watch quiet for longer than {@code readback-after}, with or without an event: how a lost webhook,
 * or an access system that refused a write (Seam sends no event for that), is noticed. Also drops parked events
 * nobody claimed within {@code parked-event-ttl}.
 */
@ApplicationScoped
public class SeamReadbackSweep {

    private static final int BATCH = 100;

    private final SeamIngestConfig config;
    private final SeamWatches watches;
    private final SeamWatchResolver resolver;
    private final ParkedSeamEvents parked;

    public SeamReadbackSweep(SeamIngestConfig config, SeamWatches watches, SeamWatchResolver resolver,
            ParkedSeamEvents parked) {
        this.config = config;
        this.watches = watches;
        this.resolver = resolver;
        this.parked = parked;
    }

    public void run() throws Exception {
        parked.dropOlderThan(config.parkedEventTtl());
        for (String acsCredentialId : watches.due(config.readbackAfter(), BATCH)) {
            resolver.readBack(acsCredentialId, true);
        }
    }
}
