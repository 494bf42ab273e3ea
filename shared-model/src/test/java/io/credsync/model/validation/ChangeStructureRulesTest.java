package io.credsync.model.validation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.credsync.model.Fixtures;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeStructureRulesTest {

    @Test
    void shouldAcceptACompleteUpsert() {
        assertThat(ChangeStructureRules.check(Fixtures.upsertWithEveryGrant())).isEmpty();
    }

    @Test
    void shouldAcceptARevokeThatOnlyIdentifiesTheCredential() {
        var revoke = new CredentialChange(UUID.randomUUID(), "acme", null, "cred-1", ChangeOperation.REVOKE, null,
                null, null, null, null, null, null);
        assertThat(ChangeStructureRules.check(revoke)).isEmpty();
    }

    @Test
    void shouldNameEveryMissingField() {
        var empty = new CredentialChange(null, " ", null, null, null, null, null, null, null, null, null, null);
        assertThat(RuleFixtures.rules(ChangeStructureRules.check(empty))).containsExactly("change.event_id.required",
                "change.tenant.required", "change.external_credential_id.required", "change.operation.required");
    }

    @Test
    void shouldRejectAnUpsertWithoutKindHolderOrWithBrokenGrants() {
        var grants = Arrays.asList(new Grant("t1", new GrantParameters.Jetstream()),
                new Grant("t1", new GrantParameters.Jetstream()), new Grant("t2", null), new Grant(null, null));
        var upsert = new CredentialChange(UUID.randomUUID(), "acme", null, "cred-1", ChangeOperation.UPSERT, null,
                null, null, null, null, List.copyOf(grants), null);
        assertThat(ChangeStructureRules.check(upsert)).extracting(Violation::field, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("external_holder_id", "change.external_holder_id.required"),
                        org.assertj.core.groups.Tuple.tuple("kind", "change.kind.required"),
                        org.assertj.core.groups.Tuple.tuple("grants[1].target_id", "change.grant.unique_target"),
                        org.assertj.core.groups.Tuple.tuple("grants[2].parameters",
                                "change.grant.parameters.required"),
                        org.assertj.core.groups.Tuple.tuple("grants[3].target_id",
                                "change.grant.target_id.required"));
    }
}
