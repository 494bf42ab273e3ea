package io.credsync.vendor.spi.events;

import java.util.List;

import io.credsync.model.outcome.SyncOutcome;

/** Publishes outcomes and returns once the broker has them: record progress only after. */
@FunctionalInterface
public interface OutcomeSink {

    void publish(List<SyncOutcome> outcomes) throws Exception;
}
