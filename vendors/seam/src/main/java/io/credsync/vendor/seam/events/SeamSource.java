package io.credsync.vendor.seam.events;

import io.credsync.model.Vendor;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.vendor.seam.SeamRefs;

/** Which dispatcher outcomes are Seam's: the event side watches what their refs ({@link SeamRefs}) name. */
final class SeamSource {

    public static final String DISPATCHER_SOURCE = SyncOutcome.dispatcherSource(Vendor.SEAM);

    private SeamSource() {
    }

    static boolean isSeam(SyncOutcome outcome) {
        return DISPATCHER_SOURCE.equals(outcome.source()) || outcome.vendorRefs().containsKey(
                SeamRefs.ACS_CREDENTIAL_ID);
    }
}
