package io.credsync.vendor.spi;

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
    private final int httpStatus;

    public VendorFailure(Kind kind, String code, String vendorMessage, Duration retryAfter, Throwable cause) {
        this(kind, code, vendorMessage, retryAfter, 0, cause);
    }

    public VendorFailure(Kind kind, String code, String vendorMessage, Duration retryAfter, int httpStatus,
            Throwable cause) {
        super(code + ": " + vendorMessage, cause);
        this.kind = kind;
        this.code = code;
        this.vendorMessage = vendorMessage;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
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

    /** The vendor's HTTP status, or 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The vendor said "too many requests": the whole connection should slow down. */
    public boolean isRateLimit() {
        return httpStatus == 429;
    }

    /** What the vendor asked for (429 Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
