package io.credsync.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Resident memory from /proc (Linux). RSS counts shared pages in every process that maps them, which overstates
 * PostgreSQL (shared buffers in each backend); PSS splits shared pages between their users, so a sum of PSS is
 * what the stack really costs.
 */
final class Memory {

    /** Kibibytes of RSS and PSS of a set of processes. */
    record Usage(long rssKb, long pssKb, int processes) {

        Usage plus(Usage other) {
            return new Usage(rssKb + other.rssKb, pssKb + other.pssKb, processes + other.processes);
        }

        String describe() {
            return String.format("RSS %4d MB, PSS %4d MB%s", rssKb / 1024, pssKb / 1024,
                    processes > 1 ? " (" + processes + " processes)" : "");
        }
    }

    static final Usage NONE = new Usage(0, 0, 0);

    private Memory() {
    }

    static Usage of(ProcessHandle process) {
        return new Usage(field(process.pid(), "status", "VmRSS:"), field(process.pid(), "smaps_rollup", "Pss:"), 1);
    }

    /** The process and all its descendants: PostgreSQL's postmaster with its backends and helpers. */
    static Usage ofTree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).map(Memory::of).reduce(NONE, Usage::plus);
    }

    private static long field(long pid, String file, String name) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), file))) {
            return lines.filter(l -> l.startsWith(name))
                    .findFirst()
                    .map(l -> Long.parseLong(l.substring(name.length()).replace("kB", "").trim()))
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
