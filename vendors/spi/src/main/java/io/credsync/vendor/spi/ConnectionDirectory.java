package io.credsync.vendor.spi;

import java.util.List;
import java.util.Optional;

import io.credsync.model.Vendor;

/**
 * The vendor connections the registry defines, as the runtimes follow them: a change of base URL or rate takes effect
 * without a restart, and secrets are resolved by {@code secret_ref} in the runtime, never published.
 */
public interface ConnectionDirectory {

    /** The connection, if the registry has defined it (and its secret resolves: else a transient failure). */
    Optional<VendorConnection> find(String tenant, String connectionId) throws VendorFailure;

    /** Every connection of one vendor whose secret resolves (pollers walk these). */
    List<VendorConnection> all(Vendor vendor);
}
