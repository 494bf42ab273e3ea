package io.credsync.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the services whose quarkus-run.jar is missing or older than their sources, in one Maven run, before
 * anything starts. Sources = the module, the in-repo libraries every service uses, and the root pom.
 */
final class ServiceBuilder {

    /** Libraries and plug-ins the services build against: a change there makes every service stale. */
    private static final List<String> SHARED_INPUTS = List.of("pom.xml", "shared-model", "services/support",
            "vendors", "services/dispatcher-runtime", "services/event-ingest-runtime");

    private ServiceBuilder() {
    }

    static void buildStale(StackConfig config, List<ServiceSpec> specs) {
        List<ServiceSpec> stale = specs.stream().filter(s -> stale(config.root(), s)).toList();
        if (stale.isEmpty()) {
            return;
        }
        if (!config.build()) {
            Console.warn("not building %s (CREDSYNC_BUILD=false): running what is built",
                    String.join(", ", stale.stream().map(ServiceSpec::name).toList()));
            return;
        }
        String modules = String.join(",", stale.stream().map(ServiceSpec::module).toList());
        Path log = config.logs().resolve("build.log");
        Console.info("building %s (log %s)", modules, log);
        List<String> command = List.of(config.root().resolve("mvnw").toString(), "-B", "-Dquick", "install", "-pl",
                modules, "-am");
        long begin = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            Process build = new ProcessBuilder(command)
                    .directory(config.root().toFile())
                    .redirectErrorStream(true)
                    .start();
            Thread copier = copyToLog(build, log);
            if (!build.waitFor(30, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                copier.join(TimeUnit.SECONDS.toMillis(5));
                throw new StackException("building " + modules + " failed (or set CREDSYNC_BUILD=false to run what is"
                        + " built). Last lines of " + log + ":\n" + ChildProcess.tail(log, 30));
            }
            copier.join();
            Console.info("built in %.0f s", (System.nanoTime() - begin) / 1e9);
            // Quarkus may leave an unchanged jar untouched: mark it fresh so the next up does not rebuild
            FileTime now = FileTime.fromMillis(System.currentTimeMillis());
            for (ServiceSpec spec : stale) {
                if (Files.exists(spec.jar(config.root()))) {
                    Files.setLastModifiedTime(spec.jar(config.root()), now);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while building " + modules);
        }
    }

    /** Writes the build's output to the log and shows each module as Maven starts it. */
    private static Thread copyToLog(Process build, Path log) {
        Thread copier = new Thread(() -> {
            try (var output = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
                    var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    writer.write(line);
                    writer.newLine();
                    BuildProgress.module(line).ifPresent(module -> Console.info("building %s", module));
                }
            } catch (IOException e) {
                Console.warn("could not copy the build output to %s: %s", log, e.getMessage());
            }
        }, "build-output");
        copier.setDaemon(true);
        copier.start();
        return copier;
    }

    static boolean stale(Path root, ServiceSpec spec) {
        if (!spec.implemented(root)) {
            return false;
        }
        Path jar = spec.jar(root);
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        try {
            long built = Files.getLastModifiedTime(jar).toMillis();
            Stream<Path> inputs = Stream.concat(
                    Stream.concat(Stream.of(spec.module()), spec.inputs().stream())
                            .flatMap(module -> Stream.of(root.resolve(module).resolve("src"),
                                    root.resolve(module).resolve("pom.xml"))),
                    SHARED_INPUTS.stream().map(root::resolve));
            return inputs.anyMatch(input -> newerThan(input, built));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean newerThan(Path input, long millis) {
        if (!Files.exists(input)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(input)) {
            // build output is not a source: a test run writing reports there must not make a service stale
            return files.filter(f -> !input.relativize(f).toString().matches("(.*/)?target/.*"))
                    .filter(Files::isRegularFile).anyMatch(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toMillis() > millis;
                        } catch (IOException e) {
                            return true;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
