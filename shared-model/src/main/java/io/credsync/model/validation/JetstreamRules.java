package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

/**
 * Jetstream RFID v3: a device has one list of hex passes, no PINs, groups or windows (the registry sends presence and
 * absence at the window's edges instead).
 */
public final class JetstreamRules implements VendorRules {

    /** 10–40 hex digits; on create "any letters must be upper case". Not the number printed on the card. */
    static final Pattern PASS = Pattern.compile("^[0-9A-F]{10,40}$");
    /** The documented DeviceName pattern (the '-' is literal in first position) and a 128-character limit. */
    static final Pattern DEVICE_NAME = Pattern.compile("^[a-zA-Z0-9\\-_,. ]{1,128}$");

    @Override
    public Vendor vendor() {
        return Vendor.JETSTREAM;
    }

    @Override
    public List<Violation> checkTarget(TargetProfile target) {
        var check = new RuleCheck(target.targetId());
        check.requireMatch(target.addressValue(), DEVICE_NAME, "target.address", "jetstream.device_name.pattern",
                "Jetstream DeviceName must be 1-128 characters of letters, digits, space and - _ , .");
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        if (check.require(credential.kind() == CredentialKind.CARD, "kind", "jetstream.kind.card_only",
                "Jetstream devices accept only RFID passes (kind card)")) {
            check.requireMatch(credential.clearValue(), PASS, "value", "jetstream.pass.hex",
                    "Jetstream pass must be 10-40 hexadecimal digits with upper-case letters");
        }
        return check.violations();
    }
}
