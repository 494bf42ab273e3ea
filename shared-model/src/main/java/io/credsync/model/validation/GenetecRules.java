package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

/**
 * Genetec Clearance: credentials are secrets for a device (not door credentials); the device is identified by serial
 * number + manufacturer, which must never change between calls.
 */
public final class GenetecRules implements VendorRules {

    @Override
    public Vendor vendor() {
        return Vendor.GENETEC;
    }

    @Override
    public List<Violation> checkTarget(TargetProfile target) {
        var check = new RuleCheck(target.targetId());
        check.require(target.addressValue() != null && !target.addressValue().isBlank(), "target.address",
                "genetec.tenant.required", "Genetec target address must be the Clearance tenant id");
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        check.require(credential.kind() == CredentialKind.DEVICE_SECRET, "kind", "genetec.kind.device_secret_only",
                "Genetec Clearance distributes device secrets only (kind device_secret)");
        var device = (GrantParameters.Genetec) grant;
        check.require(notBlank(device.serialNumber()), "grant.serial_number", "genetec.device.serial_number",
                "Genetec device identity needs serial_number");
        check.require(notBlank(device.manufacturer()), "grant.manufacturer", "genetec.device.manufacturer",
                "Genetec device identity needs manufacturer");
        return check.violations();
    }

    /** Clearance has no device delete and keys a device by SerialNumber + Manufacturer: a grant keeps its device. */
    @Override
    public List<Violation> checkRegrant(TargetProfile target, GrantParameters previous, GrantParameters next) {
        var check = new RuleCheck(target.targetId());
        var before = (GrantParameters.Genetec) previous;
        var after = (GrantParameters.Genetec) next;
        String message = "serial_number and manufacturer identify the device at Clearance and never change; revoke "
                + "this credential and issue one for the other device";
        check.require(Objects.equals(before.serialNumber(), after.serialNumber()), "grant.serial_number",
                "genetec.device.identity_immutable", message);
        check.require(Objects.equals(before.manufacturer(), after.manufacturer()), "grant.manufacturer",
                "genetec.device.identity_immutable", message);
        return check.violations();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
