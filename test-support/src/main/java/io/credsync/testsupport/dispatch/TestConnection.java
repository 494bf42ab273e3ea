package io.credsync.testsupport.dispatch;

import java.util.Map;
import java.util.function.Supplier;

import io.credsync.model.Vendor;
import io.credsync.model.connection.ConnectionDefinition;
import io.credsync.testsupport.TestConnections;

/**
 * A vendor connection as a dispatch test defines it for each of its tenants (the registry defines connections per
 * tenant): id, vendor, base URL (a supplier, since a simulator's port is known only once its test resource started),
 * the {@code secret_ref} the runtime under test resolves ({@code credsync.secret.<ref>}), rate and options.
 */
public record TestConnection(String id, Vendor vendor, Supplier<String> baseUrl, String secretRef, int ratePerSecond,
        Map<String, String> options) {

    public TestConnection {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static TestConnection of(String id, Vendor vendor, Supplier<String> baseUrl, String secretRef) {
        return new TestConnection(id, vendor, baseUrl, secretRef, 200, Map.of());
    }

    public TestConnection withRate(int perSecond) {
        return new TestConnection(id, vendor, baseUrl, secretRef, perSecond, options);
    }

    public TestConnection withBaseUrl(String url) {
        return new TestConnection(id, vendor, () -> url, secretRef, ratePerSecond, options);
    }

    /** Publishes this connection for {@code tenant} on {@code credsync.connections.v1}, as the registry would. */
    public ConnectionDefinition defineFor(String tenant) {
        return TestConnections.define(tenant, id, vendor, baseUrl.get(), secretRef, ratePerSecond, options);
    }
}
