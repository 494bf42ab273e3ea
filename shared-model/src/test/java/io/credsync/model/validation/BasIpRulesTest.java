package io.credsync.model.validation;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CardEncoding;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.SecretValue;

import static io.credsync.model.validation.RuleFixtures.NOW;
import static io.credsync.model.validation.RuleFixtures.basip;
import static io.credsync.model.validation.RuleFixtures.basipGrant;
import static io.credsync.model.validation.RuleFixtures.card;
import static io.credsync.model.validation.RuleFixtures.rules;
import static io.credsync.model.validation.RuleFixtures.spec;
import static io.credsync.model.validation.RuleFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

class BasIpRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "1234567890", "0A:1B", "0a-1b-2c-3d", "01:02:03:04:05:06:07:08"})
    void shouldAcceptCardNumbersOfThePanelPattern(String number) {
        assertThat(ValidationRules.checkGrant(card(number, CardEncoding.DECIMAL), basip(null), basipGrant(), NOW))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "0A1B", "0A:1B:", "01:02:03:04:05:06:07:08:09", "0G:11", ""})
    void shouldRejectCardNumbersOutsideThePanelPattern(String number) {
        assertThat(rules(ValidationRules.checkGrant(card(number, CardEncoding.HEX), basip(null), basipGrant(), NOW)))
                .containsExactly("basip.card.number_pattern");
    }

    @Test
    void shouldRequireAnEncodingForDigitOnlyCardsOnAPanelWithAWiegandMode() {
        // "44" is 44 on a decimal-mode panel and 0x44 = 68 on a hex-mode one
        assertThat(rules(ValidationRules.checkGrant(card("44", null), basip("hex"), basipGrant(), NOW)))
                .containsExactly("basip.card.encoding_required");
        assertThat(ValidationRules.checkGrant(card("44", CardEncoding.DECIMAL), basip("hex"), basipGrant(), NOW))
                .isEmpty();
        assertThat(ValidationRules.checkGrant(card("0A:1B", null), basip("hex"), basipGrant(), NOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "PIN, 123456, ",
            "PIN, 12a4, basip.input_code.decimal",
            "QR, 123e4567-e89b-12d3-a456-426614174000, ",
            "QR, not-a-uuid, basip.qr.uuid",
            "FACE, aGVsbG8gZmFjZQ==, ",
            "FACE, not base64!, basip.face.base64",
            "LICENSE_PLATE, AB 123 CD, ",
            "MOBILE_KEY, x, basip.kind.unsupported"})
    void shouldCheckEachIdentifierType(CredentialKind kind, String value, String expectedRule) {
        var violations = rules(ValidationRules.checkGrant(spec(kind, value), basip(null), basipGrant(), NOW));
        if (expectedRule == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(expectedRule);
        }
    }

    @Test
    void shouldRejectLicencePlatesLongerThan100Characters() {
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.LICENSE_PLATE, "A".repeat(101)), basip(null),
                basipGrant(), NOW))).containsExactly("basip.license_plate.length");
    }

    @Test
    void shouldRequireALockAndAnOwnerName() {
        var nameless = new CredentialSpec(CredentialKind.PIN, SecretValue.of("1234"), FormatHints.NONE,
                ValidityWindow.ALWAYS, new HolderDetails(null, null, null, null));
        assertThat(rules(ValidationRules.checkGrant(nameless, basip(null), new GrantParameters.BasIp(null, "apt-1"),
                NOW))).containsExactly("basip.owner_name", "basip.lock.required");
    }

    @ParameterizedTest
    @CsvSource({
            "1234567890, ",
            "0A:1B:2C:3D, ",
            "0A1B, basip.card.number_pattern"})
    void shouldCheckUkeyNumbersLikeCardNumbers(String number, String expectedRule) {
        // Given a key fob, numbered like a card
        var ukey = new CredentialSpec(CredentialKind.UKEY, SecretValue.of(number),
                new FormatHints(CardEncoding.DECIMAL, null), ValidityWindow.ALWAYS, RuleFixtures.ADA);
        // When
        var violations = rules(ValidationRules.checkGrant(ukey, basip("hex"), basipGrant(), NOW));
        // Then
        if (expectedRule == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(expectedRule);
        }
    }

    @Test
    void shouldRequireAnEncodingForDigitOnlyUkeysOnAPanelWithAWiegandMode() {
        var ukey = new CredentialSpec(CredentialKind.UKEY, SecretValue.of("44"), FormatHints.NONE,
                ValidityWindow.ALWAYS, RuleFixtures.ADA);
        assertThat(rules(ValidationRules.checkGrant(ukey, basip("decimal"), basipGrant(), NOW)))
                .containsExactly("basip.card.encoding_required");
    }

    @Test
    void shouldRefuseFaceIdentifiersOnAPanelWithoutFaceRecognition() {
        var panel = target(Vendor.BASIP, "http://10.0.0.8", Map.of(BasIpRules.FACE_ID_SUPPORTED, "false"));
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.FACE, "aGVsbG8gZmFjZQ=="), panel,
                basipGrant(), NOW))).containsExactly("basip.face.unsupported");
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.CARD, "0A:1B"), panel, basipGrant(), NOW))
                .isEmpty();
    }

    @Test
    void shouldCheckTheFaceIdSupportedSetting() {
        assertThat(ValidationRules.checkTarget(target(Vendor.BASIP, "http://10.0.0.8",
                Map.of(BasIpRules.FACE_ID_SUPPORTED, "true")))).isEmpty();
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.BASIP, "http://10.0.0.8",
                Map.of(BasIpRules.FACE_ID_SUPPORTED, "maybe"))))).containsExactly("basip.face_id_supported");
    }

    @Test
    void shouldCheckThePanelAddressAndWiegandMode() {
        assertThat(ValidationRules.checkTarget(basip("decimal"))).isEmpty();
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.BASIP, "10.0.0.7",
                Map.of(BasIpRules.WIEGAND_MODE, "octal"))))).containsExactly("basip.panel_url", "basip.wiegand_mode");
    }
}
