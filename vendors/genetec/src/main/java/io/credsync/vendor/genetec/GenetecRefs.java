package io.credsync.vendor.genetec;

/** The {@code vendor_refs} keys of Genetec outcomes, all {@code genetec.<name>}. */
public final class GenetecRefs {

    /** Clearance's id of the device the secret is for. */
    public static final String DEVICE_ID = "genetec.device_id";
    /** The device identity (never changes): what a revocation negotiates with, since it carries no grant. */
    public static final String SERIAL_NUMBER = "genetec.serial_number";
    public static final String MANUFACTURER = "genetec.manufacturer";
    public static final String MODEL = "genetec.model";
    public static final String COMMON_NAME = "genetec.common_name";
    public static final String DEVICE_TYPE = "genetec.device_type";
    /** Reported on a revocation: Clearance has no delete, a random replacement secret was committed. */
    public static final String REVOKED_BY = "genetec.revoked_by";
    public static final String REVOKED_BY_ROTATION = "rotation";

    private GenetecRefs() {
    }
}
