package io.credsync.support.connections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import io.credsync.model.crypto.SecretValue;
import io.credsync.model.validation.FieldLimits;
import io.credsync.vendor.spi.SecretLookup;

/**
 * The one way a runtime turns a {@code secret_ref} into its value, first source that has a non-blank value wins:
 * <ol>
 * <li>the key named after the reference in the Kubernetes Secret {@code credsync.secrets.kubernetes.secret} (when
 * set), read through the API and watched ({@link KubernetesSecrets}): a rotated key is used within seconds;</li>
 * <li>a file named after the reference in {@code credsync.secrets.dir} (a mounted Kubernetes Secret: one file per
 * key; surrounding whitespace and the trailing newline are stripped);</li>
 * <li>the environment variable {@code CREDSYNC_SECRET_<REF>} (upper case, every other character {@code _}), e.g.
 * {@code jetstream-local-key} → {@code CREDSYNC_SECRET_JETSTREAM_LOCAL_KEY}; references that differ only in those
 * characters share a variable;</li>
 * <li>the configuration property {@code credsync.secret.<ref>} (profiles: local development and tests).</li>
 * </ol>
 * Resolved on every call, so a rotated Secret key, file or property is picked up without a restart. A reference that is not an
 * id, starts with {@code .} or holds a path separator never resolves: no path outside the secrets directory is read.
 * Nothing here ever puts a secret's value in a message.
 */
@ApplicationScoped
public class SecretResolver implements SecretLookup {

    static final String DIR_PROPERTY = "credsync.secrets.dir";
    static final String PROPERTY_PREFIX = "credsync.secret.";

    private final Config config;
    private final Function<String, Optional<String>> kubernetes;
    private final UnaryOperator<String> environment;

    @Inject
    public SecretResolver(Config config, KubernetesSecrets kubernetes) {
        this(config, kubernetes::find, System::getenv);
    }

    SecretResolver(Config config, UnaryOperator<String> environment) {
        this(config, ref -> Optional.empty(), environment);
    }

    SecretResolver(Config config, Function<String, Optional<String>> kubernetes, UnaryOperator<String> environment) {
        this.config = config;
        this.kubernetes = kubernetes;
        this.environment = environment;
    }

    /** @throws UncheckedIOException when the reference's file exists but cannot be read (message names the ref) */
    @Override
    public Optional<SecretValue> find(String secretRef) {
        if (!isReference(secretRef)) {
            return Optional.empty();
        }
        return present(kubernetes.apply(secretRef))
                .or(() -> present(fromFile(secretRef)))
                .or(() -> present(Optional.ofNullable(environment.apply(environmentName(secretRef)))))
                .or(() -> present(config.getOptionalValue(PROPERTY_PREFIX + secretRef, String.class)))
                .map(SecretValue::of);
    }

    static String environmentName(String secretRef) {
        return "CREDSYNC_SECRET_" + secretRef.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** An id that cannot name a path outside a directory: no separator, no leading dot ({@code ..}, hidden files). */
    static boolean isReference(String secretRef) {
        return FieldLimits.isId(secretRef) && !secretRef.startsWith(".") && secretRef.indexOf('/') < 0
                && secretRef.indexOf('\\') < 0;
    }

    private static Optional<String> present(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }

    private Optional<String> fromFile(String secretRef) {
        Optional<String> dir = config.getOptionalValue(DIR_PROPERTY, String.class).filter(d -> !d.isBlank());
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            Path root = Path.of(dir.get()).toAbsolutePath().normalize();
            file = root.resolve(secretRef).normalize();
            if (!root.equals(file.getParent())) {
                return Optional.empty(); // belt and braces: only a direct child of the directory
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the secret file of '" + secretRef + "' in " + DIR_PROPERTY
                    + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
