package io.credsync.model.validation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.credsync.model.Vendor;
import io.credsync.model.credential.GrantParameters;

/**
 * IntServ access keys: proximity cards (raw CSN, decimal or 0x hex, or EM:/MC:/MD: prefixed with their lengths and
 * bit widths, joined by '|' for composite keys) and 4-digit PINs (code keys). A target (one access control system) may
 * say how many digits its doors read ({@link #CODE_LENGTH}): IntServ cuts longer codes from the left, so a different
 * code would open its doors; such a code is refused instead.
 */
public final class IntServRules implements VendorRules {

    /** Target setting: the number of code digits the access system reads (optional). */
    public static final String CODE_LENGTH = "code_length";

    static final Pattern PIN = Pattern.compile("^[0-9]{4}$");
    private static final String ONE_PROXIMITY = "(?:[0-9]+|0x[0-9A-Fa-f]+|EM:[0-9]{1,13}|MC:[0-9]{1,10}|MD:[0-9]{1,17})";
    /** Composite keys join single values with '|'. */
    static final Pattern PROXIMITY = Pattern.compile("^" + ONE_PROXIMITY + "(?:\\|" + ONE_PROXIMITY + ")*$");
    /** The bits each prefixed format holds: EM 40-bit, Mifare Classic 32-bit, DESFire 56-bit. */
    private static final Map<String, Integer> FORMAT_BITS = Map.of("EM:", 40, "MC:", 32, "MD:", 56);
    private static final Pattern CODE_LENGTH_VALUE = Pattern.compile("^[1-9][0-9]?$");
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
        String codeLength = target.setting(CODE_LENGTH);
        check.require(codeLength == null || CODE_LENGTH_VALUE.matcher(codeLength).matches(),
                "target.settings." + CODE_LENGTH, "intserv.code_length.invalid",
                "IntServ code_length must be the number of digits the access system reads (1-99)");
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        switch (credential.kind()) {
            case PIN -> {
                if (check.requireMatch(credential.clearValue(), PIN, "value", "intserv.pin.four_digits",
                        "IntServ PIN must be exactly 4 digits")) {
                    checkCodeLength(check, credential.clearValue(), target);
                }
            }
            case CARD -> check.require(proximity(credential.clearValue()), "value", "intserv.proximity.format",
                    "IntServ proximity value must be decimal, 0x hex, or EM:(1-13 digits, 40-bit), "
                            + "MC:(1-10, 32-bit), MD:(1-17, 56-bit), joined by '|' for composite keys");
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

    /** A code longer than the system reads would be cut from the left at IntServ: another code at the door. */
    private static void checkCodeLength(RuleCheck check, String code, TargetProfile target) {
        String setting = target.setting(CODE_LENGTH);
        if (setting == null || !CODE_LENGTH_VALUE.matcher(setting).matches()) {
            return;
        }
        int digits = Integer.parseInt(setting);
        check.require(code.length() <= digits, "value", "intserv.code.too_long", "IntServ access system "
                + target.addressValue() + " reads " + digits + "-digit codes and would cut this code from the left");
    }

    private static boolean proximity(String value) {
        if (value == null || !PROXIMITY.matcher(value).matches()) {
            return false;
        }
        for (String part : value.split("\\|")) {
            Integer bits = part.length() > 3 ? FORMAT_BITS.get(part.substring(0, 3)) : null;
            if (bits != null && new BigInteger(part.substring(3)).bitLength() > bits) {
                return false;
            }
        }
        return true;
    }
}
