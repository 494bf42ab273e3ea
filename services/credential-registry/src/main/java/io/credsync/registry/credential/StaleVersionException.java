package io.credsync.registry.credential;

/** If-Match named a version that is no longer current: 412, nothing written. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long expected, long currentVersion) {
        super("credential is at version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
