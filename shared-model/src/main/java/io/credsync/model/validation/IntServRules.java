package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.credsync.model.Vendor;
import io.credsync.model.credential.GrantParameters;

/** IntServ access keys: proximity cards (raw CSN, decimal or 0x hex, or EM:/MC:/MD: prefixed) and 4-digit PINs. */
public final class IntServRules implements VendorRules {

    static final Pattern PIN = Pattern.compile("^[0-9]{4}$");
    private static final String ONE_PROXIMITY = "(?:[0-9]+|0x[0-9A-Fa-f]+|EM:[0-9]{1,13}|MC:[0-9]{1,10}|MD:[0-9]{1,17})";
    /** Composite keys join single values with '|'. */
    static final Pattern PROXIMITY = Pattern.compile("^" + ONE_PROXIMITY + "(?:\\|" + ONE_PROXIMITY + ")*$");
    static final int NAME_MAX = 32;

    @Override
    public Vendor vendor() {
        return Vendor.INTSERV;
    }

    @Override
    public List<Violation> checkTarget(TargetProfile target) {
        var check = new RuleCheck(target.targetId());
        check.require(target.addressValue() != null && !target.addressValue().isBlank(), "target.address",
                "intserv.system_id.required", "IntServ target address must be the system id");
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        switch (credential.kind()) {
            case PIN -> check.requireMatch(credential.clearValue(), PIN, "value", "intserv.pin.four_digits",
                    "IntServ PIN must be exactly 4 digits");
            case CARD -> check.requireMatch(credential.clearValue(), PROXIMITY, "value", "intserv.proximity.format",
                    "IntServ proximity value must be decimal, 0x hex, or EM:(1-13 digits), MC:(1-10), MD:(1-17), "
                            + "joined by '|' for composite keys");
            default -> check.require(false, "kind", "intserv.kind.unsupported",
                    "IntServ accepts access keys of kind card (proximity) or pin (code)");
        }
        var holder = credential.holder();
        if (holder != null) {
            check.require(holder.firstName() == null || holder.firstName().length() <= NAME_MAX, "holder.first_name",
                    "intserv.name.max_32", "IntServ names are at most 32 characters");
            check.require(holder.lastName() == null || holder.lastName().length() <= NAME_MAX, "holder.last_name",
                    "intserv.name.max_32", "IntServ names are at most 32 characters");
        }
        var levels = ((GrantParameters.IntServ) grant).accessLevelIds();
        check.require(!levels.isEmpty(), "grant.access_level_ids", "intserv.access_levels.required",
                "IntServ grant needs at least one access level (a key without levels opens nothing)");
        for (String id : levels) {
            check.requireMatch(id, SeamRules.UUID, "grant.access_level_ids", "intserv.access_level_id.uuid",
                    "IntServ access level ids must be UUIDs");
        }
        return check.violations();
    }
}
