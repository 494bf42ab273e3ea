package io.credsync.stack;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks Maven's "Building &lt;module&gt; &lt;version&gt; [n/m]" lines out of a build's output, so a first
 * {@code ./credsync up} shows which module it is on instead of a silent minute or two; the rest goes to the log.
 */
final class BuildProgress {

    private static final Pattern MODULE = Pattern.compile("^\\[INFO] Building (.+?) \\S+ +\\[(\\d+)/(\\d+)]$");

    private BuildProgress() {
    }

    /** "3/7 credsync :: test support" for a module line; empty for any other line. */
    static Optional<String> module(String line) {
        var matcher = MODULE.matcher(line.stripTrailing());
        return matcher.matches()
                ? Optional.of(matcher.group(2) + "/" + matcher.group(3) + " " + matcher.group(1))
                : Optional.empty();
    }
}
