package io.credsync.model.validation;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;

import io.credsync.model.Vendor;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.GrantParameters;

import static io.credsync.model.validation.RuleFixtures.NOW;
import static io.credsync.model.validation.RuleFixtures.genetec;
import static io.credsync.model.validation.RuleFixtures.intserv;
import static io.credsync.model.validation.RuleFixtures.jetstream;
import static io.credsync.model.validation.RuleFixtures.rules;
import static io.credsync.model.validation.RuleFixtures.seamGrant;
import static io.credsync.model.validation.RuleFixtures.spec;
import static io.credsync.model.validation.RuleFixtures.target;
import static io.credsync.model.validation.RuleFixtures.windowed;
import static org.assertj.core.api.Assertions.assertThat;

class GenetecAndCommonRulesTest {

    private static final GrantParameters DEVICE = new GrantParameters.Genetec("SN-1", "genetec", "m", "cam", "None");

    @Test
    void shouldAcceptADeviceSecretForAnIdentifiedDevice() {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.DEVICE_SECRET, "s3cr3t"), genetec(), DEVICE, NOW))
                .isEmpty();
    }

    @Test
    void shouldRejectDoorCredentialsAndDevicesWithoutSerialOrManufacturer() {
        var anonymous = new GrantParameters.Genetec(" ", null, "m", "cam", "None");
        assertThat(rules(ValidationRules.checkGrant(spec(CredentialKind.CARD, "1234"), genetec(), anonymous, NOW)))
                .containsExactly("genetec.kind.device_secret_only", "genetec.device.serial_number",
                        "genetec.device.manufacturer");
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.GENETEC, "")))).containsExactly(
                "genetec.tenant.required");
        assertThat(rules(ValidationRules.checkTarget(target(Vendor.INTSERV, null)))).containsExactly(
                "intserv.system_id.required");
    }

    /** Issue 13: SerialNumber + Manufacturer identify the device at Clearance and must never change. */
    @Test
    void shouldRefuseARegrantThatChangesTheDevicesSerialNumberOrManufacturer() {
        var renamed = new GrantParameters.Genetec("SN-1", "genetec", "m2", "body cam", "None");
        var otherSerial = new GrantParameters.Genetec("SN-2", "genetec", "m", "cam", "None");
        var otherMaker = new GrantParameters.Genetec("SN-1", "axon", "m", "cam", "None");

        assertThat(ValidationRules.checkRegrant(genetec(), DEVICE, renamed)).isEmpty();
        assertThat(ValidationRules.checkRegrant(genetec(), DEVICE, otherSerial)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("genetec.device.identity_immutable");
            assertThat(v.field()).isEqualTo("grant.serial_number");
        });
        assertThat(rules(ValidationRules.checkRegrant(genetec(), DEVICE, otherMaker)))
                .containsExactly("genetec.device.identity_immutable");
        assertThat(ValidationRules.checkRegrant(genetec(), null, otherSerial)).isEmpty();
        assertThat(ValidationRules.checkRegrant(jetstream(), new GrantParameters.Jetstream(),
                new GrantParameters.Jetstream())).isEmpty();
    }

    @Test
    void shouldRejectGrantParametersOfAnotherVendor() {
        assertThat(ValidationRules.checkGrant(spec(CredentialKind.CARD, "0123456789"), jetstream(), seamGrant(), NOW))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("grant.vendor_matches_target");
                    assertThat(v.field()).isEqualTo("grant.parameters");
                });
    }

    @Test
    void shouldRequireAValueExceptForMobileKeys() {
        assertThat(rules(ValidationRules.checkCredential(spec(CredentialKind.PIN, null))))
                .containsExactly("credential.value.required");
        assertThat(rules(ValidationRules.checkCredential(spec(CredentialKind.PIN, "  "))))
                .containsExactly("credential.value.required");
        assertThat(ValidationRules.checkCredential(spec(CredentialKind.MOBILE_KEY, null))).isEmpty();
    }

    @Test
    void shouldRejectAWindowThatEndsBeforeItStarts() {
        var spec = windowed(CredentialKind.CARD, "0123456789", NOW, NOW.minusSeconds(1));
        assertThat(rules(ValidationRules.checkCredential(spec))).containsExactly("validity.ordered");
    }

    @Test
    void shouldCollectEveryGrantedTargetsViolations() {
        // Given a 6-digit PIN granted to an IntServ system and a Jetstream device
        var grants = new LinkedHashMap<TargetProfile, GrantParameters>();
        grants.put(intserv(), RuleFixtures.intservGrant());
        grants.put(jetstream(), new GrantParameters.Jetstream());
        // When
        var violations = ValidationRules.checkAll(spec(CredentialKind.PIN, "123456"), grants, NOW);
        // Then each names its target and rule
        assertThat(violations).extracting(Violation::targetId, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-intserv", "intserv.pin.four_digits"),
                        org.assertj.core.groups.Tuple.tuple("t-jetstream", "jetstream.kind.card_only"));
    }
}
