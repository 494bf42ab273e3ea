package io.credsync.support.http;

import java.util.Optional;

/**
 * The edge limits every HTTP service checks before its endpoints run, so that an oversized request is refused with a
 * problem of the service's own shape rather than by Vert.x's empty 413/414 (which stays the last resort beyond
 * {@code quarkus.http.limits}).
 */
public final class RequestLimits {

    /** Which limit a request broke, and the limit. */
    public enum Broken {
        URI, BODY
    }

    public record Exceeded(Broken limit, long max) {
    }

    private RequestLimits() {
    }

    /**
     * @param uri the request target (path and query)
     * @param contentLength the Content-Length header, or null (a chunked body is held to Vert.x's own cap)
     */
    public static Optional<Exceeded> check(String uri, String contentLength, int maxUri, long maxBody) {
        if (uri != null && uri.length() > maxUri) {
            return Optional.of(new Exceeded(Broken.URI, maxUri));
        }
        if (contentLength != null && declaredLength(contentLength) > maxBody) {
            return Optional.of(new Exceeded(Broken.BODY, maxBody));
        }
        return Optional.empty();
    }

    private static long declaredLength(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
