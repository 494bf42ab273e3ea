package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

/**
 * Seam Connect ACS: access methods code (kind pin) and mobile_key; ISO windows whose end is after the start and
 * ahead. Cards are refused: Seam's create takes no card number (the access system issues the card through an
 * encoder), so a card grant would end "synced" while no card is held anywhere.
 */
public final class SeamRules implements VendorRules {

    static final Pattern UUID = Pattern
            .compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    static final Pattern CODE = Pattern.compile("^[0-9]+$");
    /**
     * Code lengths are manufacturer-specific (Seam's integration guides); 4-8 digits fits the systems we know, and a
     * target narrows or widens it with these settings.
     */
    public static final String CODE_MIN_LENGTH = "code_min_length";
    public static final String CODE_MAX_LENGTH = "code_max_length";
    static final int DEFAULT_CODE_MIN = 4;
    static final int DEFAULT_CODE_MAX = 8;
    private static final Pattern LENGTH_SETTING = Pattern.compile("^[1-9][0-9]?$");
    private static final Set<CredentialKind> KINDS = Set.of(CredentialKind.PIN, CredentialKind.CARD,
            CredentialKind.MOBILE_KEY);

    @Override
    public Vendor vendor() {
        return Vendor.SEAM;
    }

    @Override
    public List<Violation> checkTarget(TargetProfile target) {
        var check = new RuleCheck(target.targetId());
        check.requireMatch(target.addressValue(), UUID, "target.address", "seam.acs_system_id.uuid",
                "Seam target address must be the acs_system_id (a UUID)");
        String min = target.setting(CODE_MIN_LENGTH);
        String max = target.setting(CODE_MAX_LENGTH);
        boolean lengths = check.require(min == null || LENGTH_SETTING.matcher(min).matches(),
                "target.settings." + CODE_MIN_LENGTH, "seam.code_length.setting", "code_min_length must be 1-99")
                & check.require(max == null || LENGTH_SETTING.matcher(max).matches(),
                        "target.settings." + CODE_MAX_LENGTH, "seam.code_length.setting",
                        "code_max_length must be 1-99");
        if (lengths) {
            check.require(codeMin(target) <= codeMax(target), "target.settings." + CODE_MAX_LENGTH,
                    "seam.code_length.setting", "code_max_length must not be below code_min_length");
        }
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        if (check.require(KINDS.contains(credential.kind()), "kind", "seam.kind.access_method",
                "Seam access methods are code (kind pin) and mobile_key")
                && check.require(credential.kind() != CredentialKind.CARD, "kind", "seam.card.unsupported",
                        "Seam issues cards itself through card encoders; credsync cannot grant cards on Seam "
                                + "systems yet (use kind pin or mobile_key)")
                && credential.kind() == CredentialKind.PIN
                && check.requireMatch(credential.clearValue(), CODE, "value", "seam.code.digits",
                        "Seam code must contain digits only")) {
            int length = credential.clearValue().length();
            check.require(length >= codeMin(target) && length <= codeMax(target), "value", "seam.code.length",
                    "Seam code on this system must be " + codeMin(target) + "-" + codeMax(target) + " digits");
        }
        var window = credential.validity();
        if (window.endsAt() != null) {
            check.require(window.isOrdered(), "validity.ends_at", "seam.ends_at.after_starts_at",
                    "Seam requires ends_at after starts_at");
            check.require(window.endsAt().isAfter(now), "validity.ends_at", "seam.ends_at.future",
                    "Seam requires ends_at in the future");
        }
        var seam = (GrantParameters.Seam) grant;
        for (String id : seam.acsEntranceIds()) {
            check.requireMatch(id, UUID, "grant.acs_entrance_ids", "seam.acs_entrance_id.uuid",
                    "Seam acs_entrance_ids must be UUIDs");
        }
        for (String id : seam.acsAccessGroupIds()) {
            check.requireMatch(id, UUID, "grant.acs_access_group_ids", "seam.acs_access_group_id.uuid",
                    "Seam acs_access_group_ids must be UUIDs");
        }
        return check.violations();
    }

    private static int codeMin(TargetProfile target) {
        return lengthSetting(target, CODE_MIN_LENGTH, DEFAULT_CODE_MIN);
    }

    private static int codeMax(TargetProfile target) {
        return lengthSetting(target, CODE_MAX_LENGTH, DEFAULT_CODE_MAX);
    }

    private static int lengthSetting(TargetProfile target, String name, int fallback) {
        String value = target.setting(name);
        return value != null && LENGTH_SETTING.matcher(value).matches() ? Integer.parseInt(value) : fallback;
    }
}
