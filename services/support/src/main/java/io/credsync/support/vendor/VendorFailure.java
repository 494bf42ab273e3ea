package io.credsync.support.vendor;

import java.time.Duration;

/**
 * A vendor call that failed, classified by the adapter. Transient: 5xx, 429, timeouts before the request was sent,
 * connection errors. Permanent: the vendor refused the request (4xx validation, unknown device) and will refuse it
 * again. Ambiguous: sent, no answer (timeout after write) — it may have been applied.
 */
public class VendorFailure extends Exception {

    public enum Kind {
        TRANSIENT, PERMANENT, AMBIGUOUS
    }

    private final Kind kind;
    private final String code;
    private final String vendorMessage;
    private final Duration retryAfter;

    public VendorFailure(Kind kind, String code, String vendorMessage, Duration retryAfter, Throwable cause) {
        super(code + ": " + vendorMessage, cause);
        this.kind = kind;
        this.code = code;
        this.vendorMessage = vendorMessage;
        this.retryAfter = retryAfter;
    }

    public static VendorFailure transientFailure(String code, String message) {
        return new VendorFailure(Kind.TRANSIENT, code, message, null, null);
    }

    public static VendorFailure permanent(String code, String message) {
        return new VendorFailure(Kind.PERMANENT, code, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String vendorMessage() {
        return vendorMessage;
    }

    /** What the vendor asked for (429 Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
