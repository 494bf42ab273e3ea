package io.credsync.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code <home>/run}: one pid file per process the stack started, so that {@code ./credsync down} can find them
 * even after the launcher was killed with -9. A pid file also holds a signature that must appear in the
 * process's command line: a recycled pid then never gets a signal meant for a process long gone.
 */
final class RunDir {

    static final String LAUNCHER = "launcher";
    static final String KAFKA = "kafka";
    static final String POSTGRES = "postgres";

    private static final String SUFFIX = ".pid";

    private final Path dir;

    RunDir(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path envFile() {
        return dir.resolve("stack.env");
    }

    void writePid(String name, long pid, String signature) {
        write(dir.resolve(name + SUFFIX), pid + "\n" + signature + "\n");
    }

    void remove(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded process of that name if it still runs, or empty (and the stale file is removed). */
    Optional<ProcessHandle> live(String name) {
        Path file = dir.resolve(name + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            String signature = lines.size() > 1 ? lines.get(1) : "";
            Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().orElse("").contains(signature));
            if (handle.isEmpty()) {
                Files.deleteIfExists(file);
            }
            return handle;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Names of every pid file present, the launcher's excluded. */
    List<String> childNames() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .filter(n -> !n.equals(LAUNCHER))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Held for the launcher's whole life: two {@code up} on one home would fight over ports and data. The OS
     * releases it when the launcher dies, even by kill -9, so it never goes stale.
     */
    Optional<FileLock> tryLock() {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return Optional.ofNullable(lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a launcher holds the lock, i.e. runs, even if it has not written its pid file yet. */
    boolean locked() {
        if (!Files.isRegularFile(dir.resolve("launcher.lock"))) {
            return false;
        }
        Optional<FileLock> lock = tryLock();
        lock.ifPresent(l -> {
            try {
                l.channel().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return lock.isEmpty();
    }

    void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            // Readers (status, the detached ./credsync up) never see a half-written file
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
