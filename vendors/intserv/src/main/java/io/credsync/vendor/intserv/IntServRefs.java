package io.credsync.vendor.intserv;

/**
 * The {@code vendor_refs} keys of IntServ outcomes: a contract between the slice's dispatch side (which writes them on
 * {@code accepted}) and its event side (which polls the key's propagation until the target's access system applied
 * it). {@link #AWAITING} follows the {@code <vendor>.awaiting} convention of
 * {@link io.credsync.model.outcome.OutcomeRefs}.
 */
public final class IntServRefs {

    /** IntServ's id of the access key (one per credential on a connection, shared by its targets). */
    public static final String KEY_ID = "intserv.key_id";
    /** IntServ's id of the person the key belongs to (one per holder on a connection). */
    public static final String PERSON_ID = "intserv.person_id";
    /** The access control system the target stands for (the target's address). */
    public static final String SYSTEM_ID = "intserv.system_id";
    /** The connection whose API key reads the key's status. */
    public static final String CONNECTION_ID = "intserv.connection_id";
    /** On {@code accepted} only: what the access system has yet to confirm. */
    public static final String AWAITING = "intserv.awaiting";
    public static final String AWAITING_PROPAGATION = "propagation";

    private IntServRefs() {
    }
}
