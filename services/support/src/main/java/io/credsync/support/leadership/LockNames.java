package io.credsync.support.leadership;

import java.util.Locale;

/**
 * The lock of one loop of one application, {@code credsync-<application>-<loop>}, as a valid DNS-1123 label (a
 * Lease's name; the advisory lock hashes the same name): lower case, other characters to {@code -}, at most 63.
 */
public final class LockNames {

    private static final int MAX = 63;

    private LockNames() {
    }

    public static String of(String application, String loop) {
        String name = ("credsync-" + application + "-" + loop).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-");
        if (name.length() > MAX) {
            name = name.substring(0, MAX);
        }
        return name.replaceAll("-+$", "");
    }
}
