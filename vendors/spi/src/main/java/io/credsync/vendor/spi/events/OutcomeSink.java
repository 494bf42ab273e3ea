package io.credsync.vendor.spi.events;

import java.util.List;

import io.credsync.model.outcome.SyncOutcome;

/** Publishes outcomes and returns once the broker has them: record progress only after. */
public interface OutcomeSink {

    void publish(List<SyncOutcome> outcomes) throws Exception;

    /** What the outcomes' {@code source} must say (the runtime's name, e.g. {@code event-ingest}). */
    String source();
}
