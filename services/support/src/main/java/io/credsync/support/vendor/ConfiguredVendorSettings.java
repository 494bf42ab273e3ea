package io.credsync.support.vendor;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorSettings;

/**
 * A vendor module's settings from the runtime's configuration: {@code credsync.vendor.<vendor id>.<name>} (env
 * {@code CREDSYNC_VENDOR_<VENDOR>_<NAME>}). Read on every call, like every MicroProfile Config lookup.
 */
public final class ConfiguredVendorSettings implements VendorSettings {

    private final Config config = ConfigProvider.getConfig();
    private final String prefix;

    public ConfiguredVendorSettings(Vendor vendor) {
        this.prefix = "credsync.vendor." + vendor.id() + ".";
    }

    /**
     * {@code credsync.vendors.allow-plain-http}: whether the runtime may call a vendor that requires TLS over plain
     * HTTP. False unless set: only the dev and test profiles and the local stack (simulators) set it.
     */
    public static boolean plainHttpAllowed() {
        return ConfigProvider.getConfig().getOptionalValue("credsync.vendors.allow-plain-http", Boolean.class)
                .orElse(false);
    }

    @Override
    public Optional<String> get(String name) {
        return config.getOptionalValue(prefix + name, String.class).filter(value -> !value.isBlank());
    }
}
