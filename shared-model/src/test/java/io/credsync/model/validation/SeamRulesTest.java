package io.credsync.model.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

import static io.credsync.model.validation.RuleFixtures.NOW;
import static io.credsync.model.validation.RuleFixtures.rules;
import static io.credsync.model.validation.RuleFixtures.seam;
import static io.credsync.model.validation.RuleFixtures.seamGrant;
import static io.credsync.model.validation.RuleFixtures.spec;
import static io.credsync.model.validation.RuleFixtures.target;
import static io.credsync.model.validation.RuleFixtures.windowed;
import static org.assertj.core.api.Assertions.assertThat;

class SeamRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234", "000000", "98765432"})
    void shouldAcceptCodesOfFourToEightDigits(String code) {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.PIN, code), seam(), seamGrant(), NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a4", "12 34", "-123", "１２３４"})
    void shouldRejectCodesWithAnythingButDigits(String code) {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, code), seam(), seamGrant(), NOW)))
                .containsExactly("seam.code.digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "123", "123456789"})
    void shouldRejectCodesOutsideFourToEightDigits(String code) {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, code), seam(), seamGrant(), NOW)))
                .containsExactly("seam.code.length");
    }

    @Test
    void shouldApplyTheCodeLengthsATargetSets() {
        var sixOnly = target(Vendor.SEAM, RuleFixtures.UUID_1, Map.of(SeamRules.CODE_MIN_LENGTH, "6",
                SeamRules.CODE_MAX_LENGTH, "6"));
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.PIN, "123456"), sixOnly, seamGrant(), NOW))
                .isEmpty();
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), sixOnly, seamGrant(), NOW)))
                .containsExactly("seam.code.length");
    }

    @Test
    void shouldRejectCodeLengthSettingsThatAreNotOneToNinetyNineOrCrossed() {
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.SEAM, RuleFixtures.UUID_1, Map.of(
                SeamRules.CODE_MIN_LENGTH, "four"))))).containsExactly("seam.code_length.setting");
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.SEAM, RuleFixtures.UUID_1, Map.of(
                SeamRules.CODE_MIN_LENGTH, "8", SeamRules.CODE_MAX_LENGTH, "6"))))).containsExactly(
                        "seam.code_length.setting");
    }

    @Test
    void shouldAcceptMobileKeys() {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.MOBILE_KEY, null), seam(), seamGrant(), NOW))
                .isEmpty();
    }

    @Test
    void shouldRejectCardsBecauseSeamIssuesThemThroughEncoders() {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.CARD, "12345678"), seam(), seamGrant(), NOW)))
                .containsExactly("seam.card.unsupported");
    }

    @Test
    void shouldRejectKindsSeamHasNoAccessMethodFor() {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.LICENSE_PLATE, "AB123"), seam(), seamGrant(),
                NOW))).containsExactly("seam.kind.access_method");
    }

    @Test
    void shouldAcceptAWindowEndingInTheFutureAfterItsStart() {
        var spec = windowed(CredentialKind.PIN, "1234", NOW.minusSeconds(60), NOW.plusSeconds(3600));
        assertThat(ValidationRules.checkGrant(spec, seam(), seamGrant(), NOW)).isEmpty();
    }

    @Test
    void shouldRejectEndsAtNotAfterStartsAt() {
        var spec = windowed(CredentialKind.PIN, "1234", NOW.plusSeconds(7200), NOW.plusSeconds(3600));
        assertThat(rules(ValidationRules.checkGrant(spec, seam(), seamGrant(), NOW)))
                .containsExactly("seam.ends_at.after_starts_at");
    }

    @Test
    void shouldRejectEndsAtInThePast() {
        var spec = windowed(CredentialKind.PIN, "1234", null, NOW.minusSeconds(1));
        assertThat(ValidationRules.checkGrant(spec, seam(), seamGrant(), NOW)).singleElement()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("seam.ends_at.future");
                    assertThat(v.field()).isEqualTo("validity.ends_at");
                });
    }

    @Test
    void shouldRequireUuidsForSystemsEntrancesAndGroups() {
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.SEAM, "hq-system"))))
                .containsExactly("seam.acs_system_id.uuid");
        var grant = new GrantParameters.Seam(List.of("front-door"), List.of("staff"));
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), seam(), grant, NOW)))
                .containsExactly("seam.acs_entrance_id.uuid", "seam.acs_access_group_id.uuid");
    }
}
