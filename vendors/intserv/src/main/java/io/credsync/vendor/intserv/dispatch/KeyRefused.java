package io.credsync.vendor.intserv.dispatch;

/** A slot IntServ could never take as it stands: it fails with this code; the message never quotes a value. */
final class KeyRefused extends Exception {

    private final String code;

    KeyRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
