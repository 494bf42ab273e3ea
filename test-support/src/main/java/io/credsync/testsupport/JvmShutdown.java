package io.credsync.testsupport;

/** Stops per-JVM servers when the test JVM exits; their data is throwaway. */
final class JvmShutdown {

    private JvmShutdown() {
    }

    /** Registered before the server starts, so a start that fails halfway is still cleaned up. */
    static void close(String what, AutoCloseable server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // Nothing useful to do this late; the OS reclaims ports and temp files.
                System.err.println("credsync test-support: could not stop " + what + ": " + e);
            }
        }, "credsync-stop-" + what.replace(' ', '-')));
    }
}
