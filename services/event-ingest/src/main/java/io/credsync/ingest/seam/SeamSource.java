package io.credsync.ingest.seam;

import io.credsync.model.outcome.SeamRefs;
import io.credsync.model.outcome.SyncOutcome;

/** Which dispatcher outcomes are Seam's: event-ingest watches what their refs ({@link SeamRefs}) name. */
public final class SeamSource {

    public static final String DISPATCHER_SOURCE = "dispatcher-seam";

    private SeamSource() {
    }

    static boolean isSeam(SyncOutcome outcome) {
        return DISPATCHER_SOURCE.equals(outcome.source()) || outcome.vendorRefs().containsKey(
                SeamRefs.ACS_CREDENTIAL_ID);
    }
}
