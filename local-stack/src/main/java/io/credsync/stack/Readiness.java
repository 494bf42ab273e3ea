package io.credsync.stack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A bounded readiness poll. Servers offer no "ready" callback across a process boundary, so this asks often
 * (100 ms) and gives up at a deadline; {@code failFast} throws as soon as waiting is pointless (the process
 * exited), so a crash is reported at once rather than at the timeout.
 */
final class Readiness {

    private static final long POLL_MILLIS = 100;

    private Readiness() {
    }

    static void await(String what, Duration timeout, BooleanSupplier ready, Runnable failFast) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            failFast.run();
            if (ready.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(what + " was not ready after " + timeout.toSeconds()
                        + " s (CREDSYNC_START_TIMEOUT)");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + what);
            }
        }
    }
}
