package io.credsync.support.connections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.credsync.model.crypto.SecretValue;
import io.credsync.vendor.spi.SecretLookup;

/**
 * The one way a runtime turns a {@code secret_ref} into its value, first match wins:
 * <ol>
 * <li>a file named after the reference in {@code credsync.secrets.dir} (a mounted Kubernetes Secret);</li>
 * <li>the environment variable {@code CREDSYNC_SECRET_<REF>} (upper case, other characters {@code _}), e.g.
 * {@code jetstream-local-key} → {@code CREDSYNC_SECRET_JETSTREAM_LOCAL_KEY};</li>
 * <li>the configuration property {@code credsync.secret.<ref>} (profiles: local development and tests).</li>
 * </ol>
 * Resolved on every call, so a rotated file or property is picked up without a restart.
 */
@ApplicationScoped
public class SecretResolver implements SecretLookup {

    private final Config config = ConfigProvider.getConfig();

    @Override
    public Optional<SecretValue> find(String secretRef) {
        if (secretRef == null || secretRef.isBlank() || secretRef.contains("/") || secretRef.startsWith(".")) {
            return Optional.empty(); // never a path outside the secrets directory
        }
        return fromFile(secretRef)
                .or(() -> Optional.ofNullable(System.getenv(environmentName(secretRef))))
                .or(() -> config.getOptionalValue("credsync.secret." + secretRef, String.class))
                .filter(value -> !value.isBlank())
                .map(SecretValue::of);
    }

    static String environmentName(String secretRef) {
        return "CREDSYNC_SECRET_" + secretRef.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private Optional<String> fromFile(String secretRef) {
        Optional<String> dir = config.getOptionalValue("credsync.secrets.dir", String.class);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(dir.get()).resolve(secretRef);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("secret file for '" + secretRef + "' is unreadable", e);
        }
    }
}
