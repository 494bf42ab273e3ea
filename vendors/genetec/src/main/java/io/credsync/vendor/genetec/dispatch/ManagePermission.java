package io.credsync.vendor.genetec.dispatch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.credsync.vendor.genetec.api.ClearanceClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;

/**
 * Clearance's "Manage devices" security policy, checked with {@code canmanage} on a connection's first use in this
 * process (the dispatcher learns connections from the registry's topic, not when they are added). A yes is kept; a
 * no is asked again next time, so granting the policy needs no restart.
 */
final class ManagePermission {

    static final String MISSING = "genetec.cannot_manage_devices";

    private final Set<String> allowed = ConcurrentHashMap.newKeySet();

    /** Throws a permanent, connection-level failure when the principal may not manage devices. */
    void require(ClearanceClient client, VendorConnection connection, String clearanceTenant) throws VendorFailure {
        String key = connection.tenant() + "/" + connection.id() + "/" + clearanceTenant;
        if (allowed.contains(key)) {
            return;
        }
        if (!client.canManageDevices(clearanceTenant)) {
            throw VendorFailure.permanent(MISSING, "connection " + connection.id() + ": the service principal is not "
                    + "in Clearance's \"Manage devices\" security policy (canmanage answered false) for tenant "
                    + clearanceTenant);
        }
        allowed.add(key);
    }
}
