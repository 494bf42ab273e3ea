package io.credsync.vendor.genetec.dispatch;

/** Clearance refused this credential (a failed commit, or a device that reported it invalid): the slot fails. */
final class CredentialRefused extends Exception {

    private final String code;

    CredentialRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
