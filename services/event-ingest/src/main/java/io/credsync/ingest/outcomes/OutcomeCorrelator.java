package io.credsync.ingest.outcomes;

import io.credsync.model.outcome.SyncOutcome;

/**
 * One vendor's use of the dispatchers' outcomes: learns from them what to expect of that vendor's events. Each
 * correlator picks the outcomes of its own vendor and ignores the rest. Must be idempotent: a failed call is retried
 * with the same outcome, and Kafka may redeliver it.
 */
public interface OutcomeCorrelator {

    void correlate(SyncOutcome outcome) throws Exception;
}
