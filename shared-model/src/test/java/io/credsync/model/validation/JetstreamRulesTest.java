package io.credsync.model.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

import static io.credsync.model.validation.RuleFixtures.NOW;
import static io.credsync.model.validation.RuleFixtures.jetstream;
import static io.credsync.model.validation.RuleFixtures.rules;
import static io.credsync.model.validation.RuleFixtures.spec;
import static io.credsync.model.validation.RuleFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

class JetstreamRulesTest {

    private static final GrantParameters GRANT = new GrantParameters.Jetstream();

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "ABCDEF0123456789", "0123456789ABCDEF0123456789ABCDEF01234567"})
    void shouldAcceptPassesOfTenToFortyUpperCaseHexDigits(String pass) {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.CARD, pass), jetstream(), GRANT, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "0123456789ABCDEF0123456789ABCDEF012345678", "abcdef0123", "01234G6789",
            "123456", "01 2345 6789"})
    void shouldRejectPassesThatAreNotTenToFortyUpperCaseHexDigits(String pass) {
        var violations = ValidationRules.checkGrant(spec(CredentialKind.CARD, pass), jetstream(), GRANT, NOW);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("jetstream.pass.hex");
            assertThat(v.field()).isEqualTo("value");
            assertThat(v.targetId()).isEqualTo("t-jetstream");
            assertThat(v.message()).doesNotContain(pass);
        });
    }

    @Test
    void shouldRejectKindsOtherThanCard() {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.PIN, "1234"), jetstream(), GRANT, NOW)))
                .containsExactly("jetstream.kind.card_only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MyDeviceName", "Lobby reader 1", "a-b_c,d.e", "X"})
    void shouldAcceptDeviceNamesOfTheDocumentedPattern(String name) {
        assertThat(ValidationRules.checkTarget(target(Vendor.JETSTREAM, name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lobby/1", "émile", "door#2", "a\tb"})
    void shouldRejectDeviceNamesOutsideThePattern(String name) {
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.JETSTREAM, name))))
                .containsExactly("jetstream.device_name.pattern");
    }

    @Test
    void shouldRejectDeviceNamesLongerThan128Characters() {
        assertThat(ValidationRules.checkTarget(target(Vendor.JETSTREAM, "a".repeat(128)))).isEmpty();
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.JETSTREAM, "a".repeat(129)))))
                .containsExactly("jetstream.device_name.pattern");
    }
}
