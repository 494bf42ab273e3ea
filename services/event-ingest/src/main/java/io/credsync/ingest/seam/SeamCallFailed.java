package io.credsync.ingest.seam;

/**
 * A Seam call that gave no usable answer: 429, 5xx, a timeout, a lost connection, or an error Seam will repeat (e.g.
 * 401). The caller tries again later; no outcome is published. The message holds Seam's error type and message and
 * the {@code seam-request-id}, never the API key.
 */
public class SeamCallFailed extends Exception {

    private final int status;
    private final String requestId;

    public SeamCallFailed(String message, int status, String requestId, Throwable cause) {
        super(message + (requestId == null ? "" : " (seam-request-id " + requestId + ")"), cause);
        this.status = status;
        this.requestId = requestId;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    public String requestId() {
        return requestId;
    }
}
