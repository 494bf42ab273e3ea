package io.credsync.vendor.seam.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.seam.events.webhook.SeamWebhookHandler;
import io.credsync.vendor.seam.events.webhook.WebhookMessages;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;
import io.credsync.vendor.spi.events.PeriodicJob;
import io.credsync.vendor.spi.events.WebhookHandler;

/**
 * Seam's event side. Seam takes a write at once and the access system applies it later: the dispatcher reports
 * {@code accepted}, and this side watches the credential until a read-back says what became of it. Webhooks (Svix)
 * and the {@code /events/list} poll trigger read-backs; the sweep reads back watches nobody told us about.
 */
public final class SeamEventSide implements EventSide {

    public static final String MIGRATIONS = "db/seam/events/V1000__seam_events.sql";
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofHours(1);

    private final SeamEventSettings settings;
    private final SeamEventsPoller poller;
    private final SeamReadbackSweep sweep;
    private final SeamHousekeeping housekeeping;
    private final SeamOutcomeCorrelator correlator;
    private final SeamWebhookHandler webhooks;

    public SeamEventSide(EventContext context) {
        settings = SeamEventSettings.from(context.settings());
        var watches = new SeamWatches(context.storage());
        var parked = new ParkedSeamEvents(context.storage());
        var messages = new WebhookMessages(context.storage());
        var resolver = new SeamWatchResolver(context, watches, new SeamOutcomes(context.outcomes()));
        var handler = new SeamEventHandler(context.seen(), watches, parked, resolver, context.metrics());
        poller = new SeamEventsPoller(context, settings, new SeamEventCursors(context.storage()), handler);
        sweep = new SeamReadbackSweep(settings, watches, resolver, parked);
        housekeeping = new SeamHousekeeping(messages, settings.webhookRetention());
        correlator = new SeamOutcomeCorrelator(context.connections(), watches, parked, resolver);
        webhooks = new SeamWebhookHandler(new SeamWebhookHandler.Parts(messages, handler, context.deadLetters(),
                context.secrets(), context.metrics(), context.clock()));
    }

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(
                new PeriodicJob("seam-events-poll", settings.eventsPollInterval(), poller::pollAll),
                new PeriodicJob("seam-readback-sweep", settings.readbackInterval(), sweep::run),
                new PeriodicJob("seam-housekeeping", HOUSEKEEPING_INTERVAL, housekeeping::run));
    }

    @Override
    public void correlate(SyncOutcome outcome) throws Exception {
        correlator.correlate(outcome);
    }

    @Override
    public Optional<WebhookHandler> webhooks() {
        return Optional.of(webhooks);
    }
}
