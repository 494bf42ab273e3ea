package io.credsync.simulator.genetec;

/** The Clearance paths the simulator serves, as templates for request counts and faults. */
public final class GenetecPaths {

    /** The STS: {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}, {@code client_id}, {@code assertion}. */
    public static final String TOKEN = "/token";
    public static final String CAN_MANAGE = "/api/v1/tenant/:tenant/device/canmanage";
    public static final String REGISTER = "/api/v1/tenant/:tenant/device";
    /** Not in the excerpt the slice is built from (inferred): the devices registered under a serial + manufacturer. */
    public static final String FIND = "/api/v1/tenant/:tenant/device/find";
    public static final String ACTIVATE = "/api/v1-private/tenant/:tenant/device/:device/activate";
    public static final String DEACTIVATE = "/api/v1-private/tenant/:tenant/device/:device/deactivate";
    public static final String NEGOTIATE = "/api/v1/tenant/:tenant/configuration/negociate";
    public static final String COMMIT = "/api/v1/tenant/:tenant/configuration/commit";
    public static final String REJECT = "/api/v1/tenant/:tenant/configuration/reject";
    public static final String CREDENTIALS = "/api/v1-private/tenant/:tenant/credential";
    public static final String CREDENTIAL_FAILED = "/api/v1-private/tenant/:tenant/credential/failed";

    private GenetecPaths() {
    }
}
