package io.credsync.model.validation;

import java.util.HashSet;
import java.util.List;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;

/**
 * What every credential change must carry to be processed at all, with the {@link FieldLimits} on each field. The
 * input topic dead-letters a change that fails; the REST API answers 422 with the same violations.
 */
public final class ChangeStructureRules {

    private ChangeStructureRules() {
    }

    public static List<Violation> check(CredentialChange change) {
        var check = new RuleCheck(null);
        check.require(change.eventId() != null, "event_id", "change.event_id.required", "event_id is required");
        if (check.require(notBlank(change.tenant()), "tenant", "change.tenant.required", "tenant is required")) {
            FieldLimits.requireId(check, "tenant", change.tenant());
        }
        credentialId(check, "external_credential_id", change.externalCredentialId());
        if (!check.require(change.operation() != null, "operation", "change.operation.required",
                "operation is required: upsert, suspend, resume or revoke")) {
            return check.violations();
        }
        if (change.operation() == ChangeOperation.UPSERT) {
            upsert(check, change.externalHolderId(), change.holder(), change.kind(), change.format(),
                    change.validity(), change.grants());
        }
        return check.violations();
    }

    /** The credential's own id, as a path segment or a change field. */
    public static List<Violation> checkCredentialId(String field, String id) {
        var check = new RuleCheck(null);
        credentialId(check, field, id);
        return check.violations();
    }

    /** The fields of an upsert, from whichever door it came in. */
    public static List<Violation> checkUpsert(String externalHolderId, HolderDetails holder, CredentialKind kind,
            FormatHints format, ValidityWindow validity, List<Grant> grants) {
        var check = new RuleCheck(null);
        upsert(check, externalHolderId, holder, kind, format, validity, grants == null ? List.of() : grants);
        return check.violations();
    }

    private static void credentialId(RuleCheck check, String field, String id) {
        if (check.require(notBlank(id), field, "change.external_credential_id.required", field + " is required")) {
            FieldLimits.requireId(check, field, id);
        }
    }

    private static void upsert(RuleCheck check, String externalHolderId, HolderDetails holder, CredentialKind kind,
            FormatHints format, ValidityWindow validity, List<Grant> grants) {
        if (check.require(notBlank(externalHolderId), "external_holder_id", "change.external_holder_id.required",
                "external_holder_id is required for upsert")) {
            FieldLimits.requireId(check, "external_holder_id", externalHolderId);
        }
        check.require(kind != null, "kind", "change.kind.required", "kind is required for upsert");
        if (holder != null) {
            FieldLimits.text(check, "holder.full_name", holder.fullName(), FieldLimits.NAME_MAX);
            FieldLimits.text(check, "holder.first_name", holder.firstName(), FieldLimits.NAME_MAX);
            FieldLimits.text(check, "holder.last_name", holder.lastName(), FieldLimits.NAME_MAX);
            FieldLimits.text(check, "holder.email", holder.email(), FieldLimits.EMAIL_MAX);
        }
        if (format != null && format.wiegandBits() != null) {
            check.require(format.wiegandBits() >= 1 && format.wiegandBits() <= 256, "format.wiegand_bits",
                    "format.wiegand_bits.range", "wiegand_bits must be 1-256");
        }
        if (validity != null) {
            FieldLimits.instant(check, "validity.starts_at", validity.startsAt());
            FieldLimits.instant(check, "validity.ends_at", validity.endsAt());
        }
        grants(check, grants);
    }

    private static void grants(RuleCheck check, List<Grant> grants) {
        if (!check.require(grants.size() <= FieldLimits.GRANTS_MAX, "grants", "change.grants.count",
                "a credential has at most " + FieldLimits.GRANTS_MAX + " grants")) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < grants.size(); i++) {
            var grant = grants.get(i);
            String field = "grants[" + i + "]";
            if (check.require(grant != null && notBlank(grant.targetId()), field + ".target_id",
                    "change.grant.target_id.required", "every grant needs a target_id")
                    && FieldLimits.requireId(check, field + ".target_id", grant.targetId())) {
                check.require(seen.add(grant.targetId()), field + ".target_id", "change.grant.unique_target",
                        "a target may be granted once per credential");
                if (check.require(grant.parameters() != null, field + ".parameters",
                        "change.grant.parameters.required", "every grant needs parameters with a vendor")) {
                    parameters(check, field + ".parameters", grant.parameters());
                }
            }
        }
    }

    /** Bounds on the vendor ids and names in grant parameters; their formats are the vendor rules' business. */
    private static void parameters(RuleCheck check, String field, GrantParameters parameters) {
        if (parameters instanceof GrantParameters.Seam seam) {
            ids(check, field + ".acs_entrance_ids", seam.acsEntranceIds());
            ids(check, field + ".acs_access_group_ids", seam.acsAccessGroupIds());
        } else if (parameters instanceof GrantParameters.IntServ intServ) {
            ids(check, field + ".access_level_ids", intServ.accessLevelIds());
        } else if (parameters instanceof GrantParameters.BasIp basIp) {
            FieldLimits.optionalId(check, field + ".apartment_id", basIp.apartmentId());
        } else if (parameters instanceof GrantParameters.Genetec device) {
            FieldLimits.optionalId(check, field + ".serial_number", device.serialNumber());
            FieldLimits.optionalId(check, field + ".manufacturer", device.manufacturer());
            FieldLimits.text(check, field + ".model", device.model(), FieldLimits.NAME_MAX);
            FieldLimits.text(check, field + ".common_name", device.commonName(), FieldLimits.NAME_MAX);
            FieldLimits.optionalId(check, field + ".device_type", device.deviceType());
        }
    }

    private static void ids(RuleCheck check, String field, List<String> ids) {
        if (check.require(ids.size() <= FieldLimits.LIST_MAX, field, "list.length", field + " holds at most "
                + FieldLimits.LIST_MAX + " ids")) {
            for (String id : ids) {
                if (!FieldLimits.requireId(check, field, id)) {
                    return; // one violation per list is enough
                }
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
