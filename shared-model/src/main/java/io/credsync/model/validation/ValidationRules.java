package io.credsync.model.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

/**
 * The one place where credsync decides what a target could never accept: the registry runs it before it writes, so
 * a 6-digit PIN granted to an IntServ system fails at the API and not hours later at the vendor.
 */
public final class ValidationRules {

    private static final Map<Vendor, VendorRules> RULES = new EnumMap<>(Vendor.class);

    static {
        for (VendorRules rules : List.of(new JetstreamRules(), new SeamRules(), new IntServRules(), new BasIpRules(),
                new GenetecRules())) {
            RULES.put(rules.vendor(), rules);
        }
    }

    private ValidationRules() {
    }

    public static VendorRules forVendor(Vendor vendor) {
        return RULES.get(vendor);
    }

    /** Rules on a target's own address and settings: the {@link FieldLimits}, then its vendor's. */
    public static List<Violation> checkTarget(TargetProfile target) {
        var check = new RuleCheck(target.targetId());
        FieldLimits.text(check, "target.address", target.addressValue(), FieldLimits.TEXT_MAX);
        var settings = target.address() == null ? java.util.Map.<String, String>of() : target.address().settings();
        if (check.require(settings.size() <= FieldLimits.SETTINGS_MAX, "target.settings", "target.settings.count",
                "a target has at most " + FieldLimits.SETTINGS_MAX + " settings")) {
            settings.forEach((name, value) -> {
                FieldLimits.requireId(check, "target.settings", name);
                FieldLimits.text(check, "target.settings", value, FieldLimits.TEXT_MAX);
            });
        }
        if (!check.violations().isEmpty()) {
            return check.violations();
        }
        return forVendor(target.vendor()).checkTarget(target);
    }

    /** Rules of credsync itself on a credential, whatever it is granted to. */
    public static List<Violation> checkCredential(CredentialSpec credential) {
        var check = new RuleCheck(null);
        if (check.require(credential.kind() != null, "kind", "credential.kind.required", "kind is required")
                && credential.kind() != CredentialKind.MOBILE_KEY) {
            check.require(credential.value() != null && !credential.clearValue().isBlank(), "value",
                    "credential.value.required", "value is required for kind " + credential.kind().name()
                            .toLowerCase());
        }
        FieldLimits.text(check, "value", credential.clearValue(), FieldLimits.VALUE_MAX);
        FieldLimits.instant(check, "validity.starts_at", credential.validity().startsAt());
        FieldLimits.instant(check, "validity.ends_at", credential.validity().endsAt());
        check.require(credential.validity().isOrdered(), "validity.ends_at", "validity.ordered",
                "ends_at must be after starts_at");
        return check.violations();
    }

    /** Rules of the target's vendor on a credential granted to it; a grant of another vendor is itself a violation. */
    public static List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        if (!check.require(grant != null && grant.vendor() == target.vendor(), "grant.parameters",
                "grant.vendor_matches_target", "grant parameters must be for vendor " + target.vendor().id())) {
            return check.violations();
        }
        if (credential.kind() == null) {
            return List.of();
        }
        return forVendor(target.vendor()).checkGrant(credential, target, grant, now);
    }

    /**
     * The target's vendor's rules on changing a grant the credential already has there; a previous grant of another
     * vendor (the target's vendor cannot change) has nothing to compare.
     */
    public static List<Violation> checkRegrant(TargetProfile target, GrantParameters previous,
            GrantParameters next) {
        if (previous == null || next == null || previous.vendor() != target.vendor()
                || next.vendor() != target.vendor()) {
            return List.of();
        }
        return forVendor(target.vendor()).checkRegrant(target, previous, next);
    }

    /** Everything: the credential's own rules plus, for each granted target, its vendor's. */
    public static List<Violation> checkAll(CredentialSpec credential, Map<TargetProfile, GrantParameters> grants,
            Instant now) {
        var violations = new ArrayList<>(checkCredential(credential));
        grants.forEach((target, grant) -> violations.addAll(checkGrant(credential, target, grant, now)));
        return violations;
    }
}
