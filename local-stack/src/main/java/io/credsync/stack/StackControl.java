package io.credsync.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./credsync down} and {@code ./credsync status}: work from the pid files alone, so they also handle the
 * processes a launcher killed with -9 left behind.
 */
final class StackControl {

    /** The launcher stops its children itself before exiting; this bounds a launcher that hangs. */
    private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(120);
    private static final Duration CHILD_GRACE = Duration.ofSeconds(30);

    static final int RUNNING = 0;
    static final int DEGRADED = 1;
    static final int NOT_RUNNING = 3;

    private final StackConfig config;
    private final RunDir runDir;

    StackControl(StackConfig config) {
        this.config = config;
        this.runDir = new RunDir(config.run());
    }

    int down() {
        Optional<ProcessHandle> launcher = launcher();
        launcher.ifPresent(handle -> {
            System.out.printf("stopping the local stack (launcher pid %d) ...%n", handle.pid());
            if (!ChildProcess.stop(handle, LAUNCHER_GRACE)) {
                System.out.printf("launcher %d did not exit%n", handle.pid());
            }
        });
        int leftovers = stopLeftovers();
        runDir.remove(RunDir.LAUNCHER);
        deleteEnvFile();
        if (launcher.isEmpty() && leftovers == 0) {
            System.out.println("the local stack is not running (" + config.home() + ")");
        } else {
            System.out.println("the local stack is stopped");
        }
        return 0;
    }

    /** The running launcher; one that was just started holds the lock a moment before it writes its pid. */
    private Optional<ProcessHandle> launcher() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<ProcessHandle> launcher = runDir.live(RunDir.LAUNCHER);
        while (launcher.isEmpty() && runDir.locked() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            launcher = runDir.live(RunDir.LAUNCHER);
        }
        return launcher;
    }

    /**
     * Stops the processes whose launcher is gone (kill -9, a crash): services first, then Kafka, then
     * PostgreSQL, like a launcher would. Returns how many it found.
     */
    int stopLeftovers() {
        List<String> names = new ArrayList<>(runDir.childNames());
        names.sort(Comparator.comparingInt(StackControl::stopRank).thenComparing(Comparator.naturalOrder()));
        int found = 0;
        for (String name : names) {
            Optional<ProcessHandle> process = runDir.live(name);
            if (process.isEmpty()) {
                continue;
            }
            found++;
            ProcessHandle handle = process.get();
            System.out.printf("stopping left-over %s (pid %d)%n", name, handle.pid());
            if (name.equals(RunDir.POSTGRES)) {
                // SIGINT is PostgreSQL's "fast" shutdown; its SIGTERM would wait for clients to disconnect
                signal(handle, "INT");
            }
            ChildProcess.stop(handle, CHILD_GRACE);
            runDir.remove(name);
        }
        return found;
    }

    int status() {
        System.out.println("credsync local stack in " + config.home());
        Optional<ProcessHandle> launcher = runDir.live(RunDir.LAUNCHER);
        Memory.Usage total = Memory.NONE;
        if (launcher.isPresent()) {
            Memory.Usage usage = Memory.of(launcher.get());
            total = total.plus(usage);
            String since = launcher.get().info().startInstant().map(Instant::toString).orElse("?");
            System.out.printf("  %-22s pid %-8d %s   since %s%n", "launcher", launcher.get().pid(), usage.describe(),
                    since);
        } else {
            System.out.printf("  %-22s not running%n", "launcher");
        }
        int children = 0;
        int notReady = 0;
        for (String name : runDir.childNames()) {
            Optional<ProcessHandle> process = runDir.live(name);
            if (process.isEmpty()) {
                continue;
            }
            children++;
            Memory.Usage usage = Memory.ofTree(process.get());
            total = total.plus(usage);
            Optional<ServiceHealth> health = health(name);
            if (health.isPresent() && !health.get().ready()) {
                notReady++;
            }
            System.out.printf("  %-22s pid %-8d %s%s%n", name, process.get().pid(), usage.describe(), health
                    .map(h -> "   " + h.description()).orElse(""));
        }
        System.out.printf("  %-22s              %s%n", "total", total.describe());
        if (launcher.isEmpty()) {
            if (children > 0) {
                System.out.println("left-over processes without a launcher: ./credsync down stops them");
                return DEGRADED;
            }
            return NOT_RUNNING;
        }
        if (!Files.isRegularFile(runDir.envFile())) {
            System.out.println("starting (not ready yet)");
            return RUNNING;
        }
        if (notReady > 0) {
            System.out.println(notReady + " service(s) not ready (./credsync logs <name>); endpoints ("
                    + runDir.envFile() + "):");
        } else {
            System.out.println("ready; endpoints (" + runDir.envFile() + "):");
        }
        try {
            Files.readAllLines(runDir.envFile()).stream()
                    .filter(line -> line.startsWith("export "))
                    .forEach(line -> System.out.println("  " + line.substring("export ".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notReady > 0 ? DEGRADED : RUNNING;
    }

    /** A service's readiness on its configured port; empty for Kafka, PostgreSQL and anything not a service. */
    private Optional<ServiceHealth> health(String name) {
        // another terminal may not know how many replicas run: look among all there could be
        return Replicas.of(ServiceCatalogue.all(config.root()), Replicas.MAX).stream()
                .filter(spec -> spec.answersTo(name))
                .findFirst()
                .map(spec -> ServiceHealth.of("http://" + StackConfig.HOST + ":" + config.servicePort(spec)));
    }

    private void deleteEnvFile() {
        try {
            Files.deleteIfExists(runDir.envFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int stopRank(String name) {
        return switch (name) {
            case RunDir.KAFKA -> 1;
            case RunDir.POSTGRES -> 2;
            default -> 0;
        };
    }

    private static void signal(ProcessHandle handle, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(handle.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            // ChildProcess.stop falls back to SIGTERM and SIGKILL
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
