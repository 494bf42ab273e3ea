package io.credsync.stack;

import java.util.OptionalLong;

/**
 * Something the stack started and must stop again, in reverse order of starting; what the stack runs itself can
 * also be killed and restarted (fault injection: {@link Stack#kill(String)}, {@link Stack#restart(String)}).
 */
interface StackComponent {

    String name();

    /** Stops and waits until it is gone. Must be safe to call twice, after a failed start and after a kill. */
    void stop();

    /** The component's main OS process while it runs (for CPU/RSS sampling), else empty. */
    default OptionalLong pid() {
        return OptionalLong.empty();
    }

    /** SIGKILL, no grace, and wait until it is gone. */
    default void kill() {
        throw new StackException(name() + " is not run by this stack: it cannot be killed");
    }

    /**
     * Starts it again after a kill (or a crash) on the same port, with the same environment, data and log (appended),
     * and returns once it is ready as at startup. Refused while it still runs.
     */
    default void restart() {
        throw new StackException(name() + " is not run by this stack: it cannot be restarted");
    }
}
