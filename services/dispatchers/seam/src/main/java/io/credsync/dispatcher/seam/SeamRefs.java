package io.credsync.dispatcher.seam;

/**
 * Keys of the vendor refs the Seam dispatcher keeps per slot and reports in outcomes. event-ingest reads
 * {@link #CONNECTION_ID}, {@link #ACS_CREDENTIAL_ID} and {@link #AWAITING} to know what to watch.
 */
final class SeamRefs {

    static final String CONNECTION_ID = "seam.connection_id";
    static final String ACS_SYSTEM_ID = "seam.acs_system_id";
    static final String ACS_USER_ID = "seam.acs_user_id";
    static final String ACS_CREDENTIAL_ID = "seam.acs_credential_id";
    /** {@code issued} or {@code deleted}: what Seam has still to confirm for an accepted outcome. */
    static final String AWAITING = "seam.awaiting";
    static final String SHAPE = "seam.shape";
    static final String VALUE = "seam.value_fp";
    static final String ENDS_AT = "seam.ends_at";

    static final String AWAITING_ISSUED = "issued";
    static final String AWAITING_DELETED = "deleted";

    private SeamRefs() {
    }
}
