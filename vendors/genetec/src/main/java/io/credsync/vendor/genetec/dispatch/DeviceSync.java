package io.credsync.vendor.genetec.dispatch;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.credsync.model.crypto.SecretValue;
import io.credsync.vendor.genetec.api.ClearanceClient;
import io.credsync.vendor.genetec.api.DeviceIdentity;
import io.credsync.vendor.genetec.api.HeldCredential;
import io.credsync.vendor.genetec.dispatch.DeviceLedger.Account;
import io.credsync.vendor.genetec.dispatch.DeviceLedger.OpenTransaction;
import io.credsync.vendor.spi.VendorFailure;

/**
 * One Clearance tenant's devices and their secrets: a device is registered once (the registration written down
 * first, a lost answer looked up) and activated; a secret is negotiated and committed, its open transaction written
 * down before the commit so that the next attempt can judge it: a transaction for an older version is rejected, never
 * committed; one for this version is committed only if a read-back still shows it pending.
 */
final class DeviceSync {

    static final String SUPERSEDED = "credsync.superseded";

    private final ClearanceClient client;
    private final DeviceLedger ledger;
    private final Account account;

    DeviceSync(ClearanceClient client, DeviceLedger ledger, Account account) {
        this.client = client;
        this.ledger = ledger;
        this.account = account;
    }

    /** The device's id once its secret is {@code value}: one conversation per device at a time. */
    String sync(DeviceIdentity device, UUID credentialId, long version, SecretValue value)
            throws VendorFailure, SQLException, CredentialRefused {
        return ledger.forDevice(account, device, () -> {
            String id = ensureActive(device);
            push(device, credentialId, version, value);
            return id;
        });
    }

    /** The device's Clearance id, registered and activated if it was not. */
    private String ensureActive(DeviceIdentity device) throws VendorFailure, SQLException {
        var known = ledger.device(account, device);
        String id = known.map(DeviceLedger.KnownDevice::deviceId).orElse(null);
        if (id == null) {
            if (known.isPresent()) {
                // a registration was sent and its answer lost: adopt what it created
                id = client.find(account.clearanceTenant(), device).orElse(null);
            } else {
                ledger.registering(account, device);
            }
            if (id == null) {
                id = client.register(account.clearanceTenant(), device);
            }
            ledger.registered(account, device, id);
        }
        if (known.map(DeviceLedger.KnownDevice::active).orElse(false)) {
            return id;
        }
        client.activate(account.clearanceTenant(), id);
        ledger.activated(account, device);
        return id;
    }

    /** Brings the device's credential to {@code value}; true if committed, false if Clearance already held it. */
    private boolean push(DeviceIdentity device, UUID credentialId, long version, SecretValue value)
            throws VendorFailure, SQLException, CredentialRefused {
        Optional<OpenTransaction> open = ledger.openTransaction(account, device);
        if (open.isPresent()) {
            if (settle(device, open.get(), credentialId, version, value)) {
                return true;
            }
        }
        Optional<String> transaction = client.negotiate(account.clearanceTenant(), device, value);
        if (transaction.isEmpty()) {
            refuseIfReportedFailed(device, value);
            return false;
        }
        ledger.opened(account, device, new OpenTransaction(credentialId, version, transaction.get()));
        try {
            client.commit(account.clearanceTenant(), device, transaction.get());
        } catch (VendorFailure failure) {
            if (failure.kind() != VendorFailure.Kind.PERMANENT) {
                throw failure; // the commit may have applied: the next attempt reads back before anything else
            }
            reject(device, transaction.get(), failure.code(), failure.vendorMessage());
            ledger.closed(account, device);
            throw new CredentialRefused(failure.code(), "Clearance refused the commit, transaction rejected: "
                    + failure.vendorMessage());
        }
        ledger.closed(account, device);
        return true;
    }

    /**
     * A transaction left open by an earlier attempt. Another credential's or an older version's is rejected; this
     * version's is done if the read-back shows the value current, committed if still pending, else forgotten.
     * True when this version is now committed.
     */
    private boolean settle(DeviceIdentity device, OpenTransaction open, UUID credentialId, long version,
            SecretValue value) throws VendorFailure, SQLException {
        if (!open.credentialId().equals(credentialId) || open.version() != version) {
            reject(device, open.transactionId(), SUPERSEDED, "credsync version " + version
                    + " replaces this negotiation (version " + open.version() + ")");
            ledger.closed(account, device);
            return false;
        }
        List<HeldCredential> held = client.credentials(account.clearanceTenant(), device);
        boolean committed = held.stream().anyMatch(c -> c.isCurrent() && c.value().equals(value));
        boolean pending = held.stream().anyMatch(c -> c.isPending() && open.transactionId().equals(c.transactionId()));
        if (!committed && pending) {
            client.commit(account.clearanceTenant(), device, open.transactionId());
            committed = true;
        }
        ledger.closed(account, device);
        return committed;
    }

    /** A reject of a transaction Clearance already closed (404, 409) is no error: it is not pending any more. */
    private void reject(DeviceIdentity device, String transaction, String code, String message) throws VendorFailure {
        try {
            client.reject(account.clearanceTenant(), device, transaction, code, message);
        } catch (VendorFailure failure) {
            if (failure.kind() != VendorFailure.Kind.PERMANENT || failure.httpStatus() == 401
                    || failure.httpStatus() == 403) {
                throw failure;
            }
        }
    }

    /** Already in sync (304), but the device reported this very credential invalid ({@code credential/failed}). */
    private void refuseIfReportedFailed(DeviceIdentity device, SecretValue value)
            throws VendorFailure, CredentialRefused {
        boolean failed = client.credentials(account.clearanceTenant(), device).stream()
                .anyMatch(c -> c.isFailed() && c.value().equals(value));
        if (failed) {
            throw new CredentialRefused("genetec.credential_failed",
                    "the device reported this credential invalid to Clearance (credential/failed)");
        }
    }
}
