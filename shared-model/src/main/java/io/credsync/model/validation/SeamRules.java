package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

/** Seam Connect ACS: access methods code, card and mobile_key; ISO windows whose end is after the start and ahead. */
public final class SeamRules implements VendorRules {

    static final Pattern UUID = Pattern
            .compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    static final Pattern CODE = Pattern.compile("^[0-9]+$");
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
        return check.violations();
    }

    @Override
    public List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant,
            Instant now) {
        var check = new RuleCheck(target.targetId());
        if (check.require(KINDS.contains(credential.kind()), "kind", "seam.kind.access_method",
                "Seam access methods are code (kind pin), card and mobile_key")
                && credential.kind() == CredentialKind.PIN) {
            check.requireMatch(credential.clearValue(), CODE, "value", "seam.code.digits",
                    "Seam code must contain digits only");
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
}
