package io.credsync.support.plugins;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import io.credsync.model.Vendor;
import io.credsync.vendor.spi.VendorSettings;

/** A vendor's settings from the runtime's configuration: {@code credsync.vendor.<vendor id>.<name>}. */
public record ConfiguredVendorSettings(Config config, Vendor vendor) implements VendorSettings {

    @Override
    public Optional<String> get(String name) {
        return config.getOptionalValue("credsync.vendor." + vendor.id() + "." + name, String.class);
    }
}
