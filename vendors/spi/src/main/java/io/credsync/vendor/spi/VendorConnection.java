package io.credsync.vendor.spi;

import java.net.URI;
import java.util.Map;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.SecretValue;

/**
 * A vendor account as a vendor module sees it: the registry's connection (defined once there, followed on
 * {@code credsync.connections.v1}) with its API key resolved from {@code secret_ref}.
 *
 * @param options the connection's vendor-specific settings (e.g. Seam's {@code webhook_secret_refs}); never secrets
 */
public record VendorConnection(String tenant, String id, Vendor vendor, URI baseUrl, SecretValue apiKey,
        double ratePerSecond, Map<String, String> options) {

    public VendorConnection {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    @Override
    public String toString() {
        return "VendorConnection[" + tenant + "/" + id + ", " + vendor.id() + ", " + baseUrl + "]";
    }
}
