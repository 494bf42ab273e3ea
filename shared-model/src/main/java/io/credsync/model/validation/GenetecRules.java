package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;

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

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
