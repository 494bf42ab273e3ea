package io.credsync.vendor.spi.events;

import java.util.List;
import java.util.Optional;

import io.credsync.model.outcome.SyncOutcome;

/**
 * A vendor's event side, hosted by event-ingest: it turns the vendor's events (polled or pushed) into final sync
 * outcomes. The runtime runs its jobs, routes its webhooks and hands it the dispatchers' outcomes of its vendor.
 */
public interface EventSide {

    /** Background work (event polls, read-back sweeps, housekeeping), each run by the runtime with a heartbeat. */
    List<PeriodicJob> jobs();

    /**
     * Learns from a dispatcher's outcome of this vendor what to expect of its events (e.g. which command carried
     * which credential versions). Must be idempotent: retried after an outage, and Kafka may redeliver.
     */
    default void correlate(SyncOutcome outcome) throws Exception {
    }

    /** Webhooks, received at {@code POST /webhooks/<vendor id>/<connection id>}; empty when the vendor has none. */
    default Optional<WebhookHandler> webhooks() {
        return Optional.empty();
    }
}
