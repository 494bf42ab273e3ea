package io.credsync.vendor.genetec.dispatch;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.credsync.model.Vendor;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.genetec.GenetecRefs;
import io.credsync.vendor.genetec.api.AccessTokens;
import io.credsync.vendor.genetec.api.ClearanceClient;
import io.credsync.vendor.genetec.api.DeviceIdentity;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.dispatch.Slot;
import io.credsync.vendor.spi.dispatch.SlotResult;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * A target is one Clearance tenant (its address) of a connection; a credential is the secret of one device (the
 * grant's serial number + manufacturer). Clearance answers at once and a commit is the only way a secret becomes
 * effective, so a committed (or already held, 304) secret is {@code applied}. Revoking or suspending commits a random
 * replacement: Clearance has no delete. A refusal fails that slot; a refused principal (401 twice, 403, no "Manage
 * devices") fails every pending slot; no answer ends the conversation for the core to retry.
 */
public class GenetecAdapter implements VendorAdapter {

    private final VendorHttp http;
    private final DeviceLedger ledger;
    private final ValueCipher cipher;
    private final AccessTokens tokens;
    private final ManagePermission permission = new ManagePermission();

    public GenetecAdapter(VendorHttp http, DeviceLedger ledger, ValueCipher cipher, AccessTokens tokens) {
        this.http = http;
        this.ledger = ledger;
        this.cipher = cipher;
        this.tokens = tokens;
    }

    @Override
    public Vendor vendor() {
        return Vendor.GENETEC;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        var client = new ClearanceClient(http, connection, tokens);
        String clearanceTenant = work.address().address();
        Map<UUID, SlotResult> results = new LinkedHashMap<>();
        try {
            permission.require(client, connection, clearanceTenant);
        } catch (VendorFailure failure) {
            return stopped(work, results, client.calls(), failure);
        }
        var sync = new DeviceSync(client, ledger, new DeviceLedger.Account(connection.tenant(), connection.id(),
                clearanceTenant));
        for (Slot slot : work.pending()) {
            try {
                results.put(slot.credentialId(), apply(sync, slot));
            } catch (CredentialRefused refused) {
                results.put(slot.credentialId(), SlotResult.failed(slot.credentialId(), refused.code(),
                        refused.getMessage()));
            } catch (SQLException e) {
                return stopped(work, results, client.calls(), new VendorFailure(VendorFailure.Kind.AMBIGUOUS,
                        "state_unavailable", "the dispatcher's own database failed mid-conversation", null, e));
            } catch (VendorFailure failure) {
                if (refusedThisDevice(failure)) {
                    results.put(slot.credentialId(), SlotResult.failed(slot.credentialId(), failure.code(),
                            failure.vendorMessage()));
                    continue;
                }
                return stopped(work, results, client.calls(), failure);
            }
        }
        return new TargetResult(new ArrayList<>(results.values()), client.calls());
    }

    private SlotResult apply(DeviceSync sync, Slot slot) throws VendorFailure, SQLException, CredentialRefused {
        SyncCommand command = slot.desired();
        if (command.desired().presence() != Presence.PRESENT) {
            return revoke(sync, slot);
        }
        var device = DeviceIdentity.of((GrantParameters.Genetec) command.desired().grant());
        String previousSerial = slot.vendorRefs().get(GenetecRefs.SERIAL_NUMBER);
        if (previousSerial != null && (!previousSerial.equals(device.serialNumber())
                || !device.manufacturer().equals(slot.vendorRefs().get(GenetecRefs.MANUFACTURER)))) {
            // the registry should refuse this; if it gets here, the old device would keep a live secret
            throw new CredentialRefused("genetec.device_identity_changed", "SerialNumber and Manufacturer identify "
                    + "a Clearance device and cannot change; grant the secret anew for the other device");
        }
        SecretValue value = cipher.decrypt(command.desired().value(), command.envelopeContext());
        String deviceId = sync.sync(device, slot.credentialId(), command.version(), value);
        return SlotResult.of(slot.credentialId(), SyncPhase.APPLIED, refs(deviceId, device));
    }

    /** No delete in Clearance: the device's secret is replaced by a random one, negotiated and committed. */
    private SlotResult revoke(DeviceSync sync, Slot slot) throws VendorFailure, SQLException, CredentialRefused {
        Map<String, String> held = slot.vendorRefs();
        if (held.get(GenetecRefs.SERIAL_NUMBER) == null) {
            return SlotResult.of(slot.credentialId(), SyncPhase.APPLIED, Map.of()); // never reached Clearance
        }
        var device = new DeviceIdentity(held.get(GenetecRefs.SERIAL_NUMBER), held.get(GenetecRefs.MANUFACTURER),
                held.get(GenetecRefs.MODEL), held.get(GenetecRefs.COMMON_NAME), held.get(GenetecRefs.DEVICE_TYPE));
        String deviceId = sync.sync(device, slot.credentialId(), slot.desired().version(),
                SecretRotation.replacement());
        Map<String, String> refs = refs(deviceId, device);
        Map<String, String> reported = new LinkedHashMap<>(refs);
        reported.put(GenetecRefs.REVOKED_BY, GenetecRefs.REVOKED_BY_ROTATION);
        return new SlotResult(slot.credentialId(), SyncPhase.APPLIED, refs, reported, null, null);
    }

    private static Map<String, String> refs(String deviceId, DeviceIdentity device) {
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(GenetecRefs.DEVICE_ID, deviceId);
        refs.put(GenetecRefs.SERIAL_NUMBER, device.serialNumber());
        refs.put(GenetecRefs.MANUFACTURER, device.manufacturer());
        putIfSet(refs, GenetecRefs.MODEL, device.model());
        putIfSet(refs, GenetecRefs.COMMON_NAME, device.commonName());
        putIfSet(refs, GenetecRefs.DEVICE_TYPE, device.deviceType());
        return refs;
    }

    private static void putIfSet(Map<String, String> refs, String key, String value) {
        if (value != null) {
            refs.put(key, value);
        }
    }

    /** A 400, 404 or 409: Clearance refused this device's request (e.g. the active-device limit). */
    private static boolean refusedThisDevice(VendorFailure failure) {
        return failure.kind() == VendorFailure.Kind.PERMANENT && (failure.httpStatus() == 400
                || failure.httpStatus() == 404 || failure.httpStatus() == 409);
    }

    /** A refused principal fails the slots still open; no answer leaves them to the core's retry. */
    private static TargetResult stopped(TargetWork work, Map<UUID, SlotResult> results, int calls,
            VendorFailure failure) throws VendorFailure {
        if (failure.kind() == VendorFailure.Kind.PERMANENT) {
            for (Slot slot : work.pending()) {
                results.putIfAbsent(slot.credentialId(), SlotResult.failed(slot.credentialId(), failure.code(),
                        failure.vendorMessage()));
            }
            return new TargetResult(new ArrayList<>(results.values()), calls);
        }
        if (results.isEmpty()) {
            throw failure;
        }
        return new TargetResult(new ArrayList<>(results.values()), calls, failure);
    }
}
