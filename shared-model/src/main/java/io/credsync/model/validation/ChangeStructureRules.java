package io.credsync.model.validation;

import java.util.HashSet;
import java.util.List;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;

/** What every credential change must carry to be processed at all; a change that fails goes to the dead-letter topic. */
public final class ChangeStructureRules {

    private ChangeStructureRules() {
    }

    public static List<Violation> check(CredentialChange change) {
        var check = new RuleCheck(null);
        check.require(change.eventId() != null, "event_id", "change.event_id.required", "event_id is required");
        check.require(notBlank(change.tenant()), "tenant", "change.tenant.required", "tenant is required");
        check.require(notBlank(change.externalCredentialId()), "external_credential_id",
                "change.external_credential_id.required", "external_credential_id is required");
        if (!check.require(change.operation() != null, "operation", "change.operation.required",
                "operation is required: upsert, suspend, resume or revoke")) {
            return check.violations();
        }
        if (change.operation() == ChangeOperation.UPSERT) {
            check.require(notBlank(change.externalHolderId()), "external_holder_id",
                    "change.external_holder_id.required", "external_holder_id is required for upsert");
            check.require(change.kind() != null, "kind", "change.kind.required", "kind is required for upsert");
            var seen = new HashSet<String>();
            for (int i = 0; i < change.grants().size(); i++) {
                var grant = change.grants().get(i);
                String field = "grants[" + i + "]";
                if (check.require(grant != null && notBlank(grant.targetId()), field + ".target_id",
                        "change.grant.target_id.required", "every grant needs a target_id")) {
                    check.require(seen.add(grant.targetId()), field + ".target_id", "change.grant.unique_target",
                            "a target may be granted once per credential");
                    check.require(grant.parameters() != null, field + ".parameters",
                            "change.grant.parameters.required", "every grant needs parameters with a vendor");
                }
            }
        }
        return check.violations();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
