package io.credsync.vendor.jetstream.events;

import java.time.Duration;
import java.util.List;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.jetstream.api.JetstreamClient;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;
import io.credsync.vendor.spi.events.PeriodicJob;

/**
 * Jetstream's event side: no webhooks in v3, so one job polls every account's event queue; the dispatcher's outcomes
 * say which credential versions each CommandId carried. Settings ({@code credsync.vendor.jetstream.}):
 * {@code events-poll-interval} (PT1S, when the last read found nothing), {@code events-batch-size} (256, 1–512).
 */
public final class JetstreamEventSide implements EventSide {

    public static final String MIGRATIONS = "db/jetstream/events/V1000__jetstream_command.sql";

    private final JetstreamEventPoller poller;
    private final JetstreamOutcomeCorrelator correlator;
    private final Duration pollInterval;

    public JetstreamEventSide(EventContext context) {
        var correlations = new CommandCorrelations(context.storage());
        this.poller = new JetstreamEventPoller(context, new JetstreamClient(context.http()), correlations,
                context.settings().integer("events-batch-size", 256));
        this.correlator = new JetstreamOutcomeCorrelator(correlations, context.outcomes());
        this.pollInterval = context.settings().duration("events-poll-interval", Duration.ofSeconds(1));
    }

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(new PeriodicJob("jetstream-events", pollInterval, poller::pollAll));
    }

    @Override
    public void correlate(SyncOutcome outcome) throws Exception {
        correlator.correlate(outcome);
    }
}
