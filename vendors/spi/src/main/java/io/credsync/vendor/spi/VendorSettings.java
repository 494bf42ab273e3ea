package io.credsync.vendor.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * A vendor module's own tuning, {@code credsync.vendor.<vendor id>.<name>} in the runtime's configuration (env
 * {@code CREDSYNC_VENDOR_<VENDOR>_<NAME>}): the runtime owns no vendor-specific property.
 */
public interface VendorSettings {

    Optional<String> get(String name);

    default Duration duration(String name, Duration fallback) {
        return get(name).map(Duration::parse).orElse(fallback);
    }

    default int integer(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }

    default boolean flag(String name, boolean fallback) {
        return get(name).map(Boolean::parseBoolean).orElse(fallback);
    }
}
