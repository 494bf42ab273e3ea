package io.credsync.simulator.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The simulators' keys as a mounted Kubernetes Secret holds them: one file per secret_ref, readable by the owner
 * only, written whole (a temporary file moved into place) so a runtime never reads half a key.
 */
final class SecretFiles {

    private SecretFiles() {
    }

    static void write(Path dir, Map<String, String> secrets) {
        try {
            Files.createDirectories(dir);
            for (var secret : secrets.entrySet()) {
                Path temporary = Files.createTempFile(dir, ".", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, secret.getValue(), StandardCharsets.UTF_8);
                Files.move(temporary, dir.resolve(secret.getKey()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulators' secrets to " + dir, e);
        }
    }
}
