package io.credsync.vendor.intserv.events;

import java.time.Duration;
import java.util.List;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.spi.events.EventContext;
import io.credsync.vendor.spi.events.EventSide;
import io.credsync.vendor.spi.events.PeriodicJob;

/**
 * IntServ's event side: no status push exists, so one job polls the propagation of the keys the dispatcher reported
 * {@code accepted}. Settings ({@code credsync.vendor.intserv.}): {@code status-poll-interval} (PT2S),
 * {@code status-batch-size} (100 targets a round).
 */
public final class IntServEventSide implements EventSide {

    public static final String MIGRATIONS = "db/intserv/events/V1000__intserv_in_flight.sql";

    private final InFlightKeys inFlight;
    private final PropagationPoller poller;
    private final Duration interval;

    public IntServEventSide(EventContext context) {
        this.inFlight = new InFlightKeys(context.storage());
        this.poller = new PropagationPoller(context, inFlight, context.settings().integer("status-batch-size", 100));
        this.interval = context.settings().duration("status-poll-interval", Duration.ofSeconds(2));
    }

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(new PeriodicJob("intserv-status", interval, poller::pollOnce));
    }

    /**
     * An accepted version is followed (replacing an older one of the target); any other outcome of a version ends
     * the following of older ones, since the registry no longer waits for them.
     */
    @Override
    public void correlate(SyncOutcome outcome) throws Exception {
        var follow = InFlightKey.from(outcome);
        if (follow.isPresent()) {
            inFlight.follow(follow.get());
        }
        inFlight.forgetBelow(outcome.tenant(), outcome.credentialId(), outcome.targetId(), outcome.version());
    }
}
