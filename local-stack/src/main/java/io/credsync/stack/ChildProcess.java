package io.credsync.stack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One OS process of the stack (the broker, a service), with its output appended to {@code <home>/logs/<name>.log}
 * and a pid file in {@code <home>/run}.
 */
final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path log;
    private final RunDir runDir;
    private final Launch launch;

    /** How it was started, kept so that {@link #respawn()} starts the very same thing again. */
    private record Launch(List<String> command, Path workDir, Map<String, String> env, String signature) {
    }

    private ChildProcess(String name, Process process, Path log, RunDir runDir, Launch launch) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.runDir = runDir;
        this.launch = launch;
    }

    /**
     * Starts {@code command} in its own session (setsid): Ctrl-C in the launcher's terminal then reaches only the
     * launcher, which stops the children in reverse order instead of all of them dying at once. setsid does not
     * fork here (the child is no group leader), so the pid is the JVM's.
     */
    static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log,
            RunDir runDir, String signature) {
        return start(name, new Launch(List.copyOf(command), workDir, Map.copyOf(env), signature), log, runDir,
                "starts");
    }

    private static ChildProcess start(String name, Launch launch, Path log, RunDir runDir, String verb) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(launch.command());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- " + Instant.now() + " credsync " + verb + " " + name + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(launch.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(launch.env());
            Process process = builder.start();
            runDir.writePid(name, process.pid(), launch.signature());
            return new ChildProcess(name, process, log, runDir, launch);
        } catch (IOException e) {
            throw new StackException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The java of the launcher: children run on the same JDK as the checked one. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** A failure for a process that exited while we waited for it, with the end of its log. */
    StackException exitedDuringStartup() {
        return new StackException(
                name + " exited during startup (exit code " + process.exitValue() + "). Last lines of "
                        + log + ":\n" + tail(log, 25));
    }

    /**
     * The same command, working directory, environment and signature again, its output appended to the same log
     * (after a {@link #kill()} or a crash: the caller checks that this one is gone).
     */
    ChildProcess respawn() {
        return start(name, launch, log, runDir, "restarts");
    }

    /**
     * SIGKILL, no grace: the process gets no chance to flush or deregister, as in a crash or an OOM kill. Returns
     * once it is gone; its pid file is removed.
     */
    void kill() {
        process.destroyForcibly();
        try {
            // waitFor, not the handle's onExit: Process.isAlive() may lag behind the handle for a moment
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new StackException(name + " (pid " + process.pid() + ") still runs 10 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while killing " + name);
        }
        runDir.remove(name);
    }

    /** SIGTERM (Kafka and Quarkus both shut down cleanly on it), then SIGKILL after the grace period. */
    void stop(Duration grace) {
        stop(process.toHandle(), grace);
        runDir.remove(name);
    }

    static boolean stop(ProcessHandle handle, Duration grace) {
        if (!isRunning(handle)) {
            return true;
        }
        handle.destroy();
        if (await(handle, grace)) {
            return true;
        }
        handle.destroyForcibly();
        return await(handle, Duration.ofSeconds(10));
    }

    static boolean await(ProcessHandle handle, Duration timeout) {
        boolean child = handle.parent().map(p -> p.pid() == ProcessHandle.current().pid()).orElse(false);
        if (!child) {
            // onExit() of a process that is not our child polls with a long back-off (seconds): ask ourselves
            long deadline = System.nanoTime() + timeout.toNanos();
            while (isRunning(handle)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return !handle.isAlive();
                }
            }
            return true;
        }
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    /**
     * Alive and not a zombie. PostgreSQL's postmaster is re-parented to init when pg_ctl exits; a slow init (as in
     * some containers and VMs) leaves it a zombie for seconds after it has really finished.
     */
    static boolean isRunning(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            // "pid (comm) S ...": the state follows the last ')', comm may contain anything
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return handle.isAlive();
        }
    }

    /** The last {@code lines} lines of a log (only its last 64 KiB are read: logs grow). */
    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "  (no log at " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            raf.seek(from);
            raf.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return String.join("\n", last.stream().map(l -> "  | " + l).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
