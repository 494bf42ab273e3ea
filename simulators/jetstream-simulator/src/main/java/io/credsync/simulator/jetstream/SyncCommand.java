package io.credsync.simulator.jetstream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A SyncCredentials command: the stored list as it was when sync was called, to become the device's list. */
record SyncCommand(String id, String device, List<String> credentials, Instant queuedAt) {

    /** A command the device has not received within this time completes with CommandTimedOut. */
    static final Duration TIMEOUT = Duration.ofMinutes(1440);

    SyncCommand {
        credentials = List.copyOf(credentials);
    }

    Instant deadline() {
        return queuedAt.plus(TIMEOUT);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(deadline());
    }
}
