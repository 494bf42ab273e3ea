package io.credsync.vendor.seam;

/**
 * The {@code vendor_refs} keys of Seam outcomes: a contract between the slice's dispatch side (which writes them) and
 * its event side (which watches what they name until Seam confirms it); the registry shows them in a status without
 * knowing them, except {@link #AWAITING}, which follows the {@code <vendor>.awaiting} convention of
 * {@link io.credsync.model.outcome.OutcomeRefs}.
 */
public final class SeamRefs {

    public static final String CONNECTION_ID = "seam.connection_id";
    public static final String ACS_SYSTEM_ID = "seam.acs_system_id";
    public static final String ACS_USER_ID = "seam.acs_user_id";
    public static final String ACS_CREDENTIAL_ID = "seam.acs_credential_id";
    /** On {@code accepted} only: what the access system has yet to confirm, {@code issued} or {@code deleted}. */
    public static final String AWAITING = "seam.awaiting";
    public static final String AWAITING_ISSUED = "issued";
    public static final String AWAITING_DELETED = "deleted";
    /** The {@code seam-request-id} of the read that decided an outcome, for Seam's support. */
    public static final String REQUEST_ID = "seam.request_id";

    private SeamRefs() {
    }
}
