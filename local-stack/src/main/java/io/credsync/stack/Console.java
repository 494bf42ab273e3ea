package io.credsync.stack;

import java.util.Locale;

/** The launcher's own progress lines, with the time since it started so slow steps stand out. */
final class Console {

    /** Since the JVM started, so the first line already shows what the JVM start cost. */
    private static final long START = System.nanoTime() - ProcessHandle.current().info().startInstant()
            .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toNanos())
            .orElse(0L);

    private Console() {
    }

    static void info(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[credsync %5.1fs] %s%n", (System.nanoTime() - START) / 1e9,
                String.format(Locale.ROOT, format, args));
    }

    static void warn(String format, Object... args) {
        info("WARNING: " + format, args);
    }
}
