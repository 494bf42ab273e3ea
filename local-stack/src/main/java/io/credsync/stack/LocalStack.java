package io.credsync.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;

/**
 * The launcher behind {@code ./credsync}: {@code up} runs the stack in the foreground until SIGINT/SIGTERM,
 * {@code down} stops a running one, {@code status} shows it. Configuration: environment variables, see
 * {@link StackConfig} and docs/operations.md.
 */
public final class LocalStack {

    /** Held until this JVM exits (a static keeps the channel from being collected, which would release it). */
    private static FileLock launcherLock;

    private LocalStack() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "up" : args[0];
        int exitCode;
        try {
            StackConfig config = StackConfig.fromEnvironment();
            exitCode = switch (command) {
                case "up" -> up(config);
                case "down" -> new StackControl(config).down();
                case "status" -> new StackControl(config).status();
                default -> {
                    System.err.println("usage: LocalStack up|down|status");
                    yield 2;
                }
            };
        } catch (StackException | UncheckedIOException e) {
            System.err.println("\ncredsync: ERROR: " + e.getMessage());
            if ("1".equals(System.getenv("CREDSYNC_DEBUG"))) {
                e.printStackTrace();
            }
            exitCode = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = 130;
        } catch (RuntimeException e) {
            System.err.println("\ncredsync: unexpected error (please report it):");
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static int up(StackConfig config) throws InterruptedException {
        RunDir runDir = new RunDir(config.run());
        launcherLock = runDir.tryLock().orElseThrow(() -> new StackException("a local stack is already running in "
                + config.home() + runDir.live(RunDir.LAUNCHER).map(h -> " (launcher pid " + h.pid() + ")").orElse("")
                + "; see ./credsync status, stop it with ./credsync down"));
        StackControl control = new StackControl(config);
        if (control.stopLeftovers() > 0) {
            Console.info("stopped processes left behind by a launcher that did not shut down cleanly");
        }
        runDir.writePid(RunDir.LAUNCHER, ProcessHandle.current().pid(), LocalStack.class.getName());
        deleteQuietly(runDir);

        Stack stack = new Stack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            deleteQuietly(runDir);
            runDir.remove(RunDir.LAUNCHER);
        }, "credsync-shutdown"));
        stack.startAll();
        // Startup churn (PostgreSQL's 15 MB archive is read into memory, even when already unpacked) is garbage
        // now; a full collection lets the launcher's heap shrink back for the hours it then sits idle
        System.gc();
        runDir.write(runDir.envFile(), stack.environmentFile());
        System.out.print(stack.summary());
        System.out.println("Ctrl-C (or ./credsync down) stops everything.");
        stack.awaitClosed();
        return 0;
    }

    private static void deleteQuietly(RunDir runDir) {
        try {
            Files.deleteIfExists(runDir.envFile());
        } catch (IOException e) {
            // only a stale endpoints file
        }
    }
}
