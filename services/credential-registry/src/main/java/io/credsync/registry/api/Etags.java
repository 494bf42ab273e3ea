package io.credsync.registry.api;

import io.credsync.registry.request.InvalidParameterException;

/** Versions as strong ETags ("3"), and If-Match parsing. */
final class Etags {

    private Etags() {
    }

    static String of(long version) {
        return String.valueOf(version);
    }

    /** @return the version If-Match names, or null when absent or {@code *} */
    static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String bare = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            long version = Long.parseLong(bare);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("header.If-Match", "http.if_match",
                "If-Match must be an ETag returned by this API, e.g. \"3\"");
    }
}
