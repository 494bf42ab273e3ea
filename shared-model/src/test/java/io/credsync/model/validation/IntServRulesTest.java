package io.credsync.model.validation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.SecretValue;

import static io.credsync.model.validation.RuleFixtures.NOW;
import static io.credsync.model.validation.RuleFixtures.intserv;
import static io.credsync.model.validation.RuleFixtures.intservGrant;
import static io.credsync.model.validation.RuleFixtures.rules;
import static io.credsync.model.validation.RuleFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

class IntServRulesTest {

    @Test
    void shouldAcceptAFourDigitPin() {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.PIN, "0420"), intserv(), intservGrant(), NOW))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "123456", "12a4", "12345"})
    void shouldRejectPinsThatAreNotExactlyFourDigits(String pin) {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.PIN, pin), intserv(), intservGrant(), NOW))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("intserv.pin.four_digits");
                    assertThat(v.targetId()).isEqualTo("t-intserv");
                    assertThat(v.field()).isEqualTo("value");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001234567890", "0x00499602d2", "EM:1099511627775", "MC:4294967295",
            "MD:72057594037927935", "MC:123|0x0A", "EM:0000000000001"})
    void shouldAcceptDocumentedProximityFormats(String value) {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.CARD, value), intserv(), intservGrant(), NOW))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EM:12345678901234", "MC:12345678901", "MD:123456789012345678", "0xZZ", "XX:12", "12|",
            "abc", "EM:1099511627776", "MC:4294967296", "MD:72057594037927936", "0x0A|EM:9999999999999"})
    void shouldRejectProximityValuesOutsideTheFormats(String value) {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.CARD, value), intserv(), intservGrant(), NOW)))
                .containsExactly("intserv.proximity.format");
    }

    @Test
    void shouldRejectKindsIntServCannotHold() {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.QR, UUID_ANY), intserv(), intservGrant(),
                NOW))).containsExactly("intserv.kind.unsupported");
    }

    @Test
    void shouldRejectNamesLongerThan32Characters() {
        var holder = new HolderDetails(null, "A".repeat(33), "Lovelace", null);
        var spec = new CredentialSpec(CredentialKind.PIN, SecretValue.of("1234"), FormatHints.NONE,
                ValidityWindow.ALWAYS, holder);
        assertThat(rules(ValidationRules.checkGrant(spec, intserv(), intservGrant(), NOW)))
                .containsExactly("intserv.name.max_32");
    }

    @Test
    void shouldRequireAtLeastOneAccessLevelGivenAsUuid() {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), intserv(),
                new GrantParameters.IntServ(List.of()), NOW))).containsExactly("intserv.access_levels.required");
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), intserv(),
                new GrantParameters.IntServ(List.of("staff")), NOW))).containsExactly("intserv.access_level_id.uuid");
    }

    private static final String UUID_ANY = "123e4567-e89b-12d3-a456-426614174000";

    @Test
    void shouldRejectACodeLongerThanTheSystemReadsInsteadOfLettingItBeCutFromTheLeft() {
        // Given a system whose doors read 3 digits
        var target = RuleFixtures.target(io.credsync.model.Vendor.INTSERV, "system-1",
                java.util.Map.of(IntServRules.CODE_LENGTH, "3"));
        // When
        var violations = ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), target, intservGrant(), NOW);
        // Then
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("intserv.code.too_long");
            assertThat(v.message()).contains("3-digit").doesNotContain("1234");
        });
    }

    @Test
    void shouldAcceptACodeTheSystemReadsWhole() {
        var target = RuleFixtures.target(io.credsync.model.Vendor.INTSERV, "system-1",
                java.util.Map.of(IntServRules.CODE_LENGTH, "6"));
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), target, intservGrant(), NOW))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "six", "-4", "100"})
    void shouldRejectACodeLengthThatIsNotADigitCount(String length) {
        var target = RuleFixtures.target(io.credsync.model.Vendor.INTSERV, "system-1",
                java.util.Map.of(IntServRules.CODE_LENGTH, length));
        assertThat(rules(ValidationRules.checkTarget(target))).containsExactly("intserv.code_length.invalid");
    }
}
