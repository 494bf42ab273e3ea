package io.credsync.stack;

/** Something the stack started and must stop again, in reverse order of starting. */
interface StackComponent {

    String name();

    /** Stops and waits until it is gone. Must be safe to call twice and after a failed start. */
    void stop();
}
