package io.credsync.ingest.seam;

import io.credsync.model.outcome.SyncOutcome;

/** The vendorRefs keys the Seam dispatcher and event-ingest put on Seam outcomes. */
public final class SeamRefs {

    public static final String DISPATCHER_SOURCE = "dispatcher-seam";
    public static final String CONNECTION_ID = "seam.connection_id";
    public static final String ACS_CREDENTIAL_ID = "seam.acs_credential_id";
    public static final String ACS_USER_ID = "seam.acs_user_id";
    public static final String ACS_SYSTEM_ID = "seam.acs_system_id";
    /** On {@code accepted} only: {@code issued} or {@code deleted}, what the access system has yet to confirm. */
    public static final String AWAITING = "seam.awaiting";
    /** The {@code seam-request-id} of the read that decided an outcome, for Seam's support. */
    public static final String REQUEST_ID = "seam.request_id";

    private SeamRefs() {
    }

    static boolean isSeam(SyncOutcome outcome) {
        return DISPATCHER_SOURCE.equals(outcome.source()) || outcome.vendorRefs().containsKey(ACS_CREDENTIAL_ID);
    }
}
