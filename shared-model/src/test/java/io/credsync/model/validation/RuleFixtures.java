package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.credsync.model.Vendor;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.credential.CardEncoding;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.SecretValue;

final class RuleFixtures {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final HolderDetails ADA = new HolderDetails("Ada Lovelace", "Ada", "Lovelace", null);
    static final String UUID_1 = "123e4567-e89b-12d3-a456-426614174000";

    private RuleFixtures() {
    }

    static CredentialSpec spec(CredentialKind kind, String value) {
        return new CredentialSpec(kind, value == null ? null : SecretValue.of(value), FormatHints.NONE,
                ValidityWindow.ALWAYS, ADA);
    }

    static CredentialSpec card(String value, CardEncoding encoding) {
        return new CredentialSpec(CredentialKind.CARD, SecretValue.of(value), new FormatHints(encoding, null),
                ValidityWindow.ALWAYS, ADA);
    }

    static CredentialSpec windowed(CredentialKind kind, String value, Instant startsAt, Instant endsAt) {
        return new CredentialSpec(kind, SecretValue.of(value), FormatHints.NONE, new ValidityWindow(startsAt, endsAt),
                ADA);
    }

    static TargetProfile target(Vendor vendor, String address) {
        return target(vendor, address, Map.of());
    }

    static TargetProfile target(Vendor vendor, String address, Map<String, String> settings) {
        return new TargetProfile("t-" + vendor.id(), vendor, new TargetAddress("conn-1", address, settings));
    }

    static TargetProfile jetstream() {
        return target(Vendor.JETSTREAM, "Lobby-Reader_01");
    }

    static TargetProfile seam() {
        return target(Vendor.SEAM, UUID_1);
    }

    static TargetProfile intserv() {
        return target(Vendor.INTSERV, "system-1");
    }

    static TargetProfile basip(String wiegandMode) {
        return target(Vendor.BASIP, "http://10.0.0.7",
                wiegandMode == null ? Map.of() : Map.of(BasIpRules.WIEGAND_MODE, wiegandMode));
    }

    static TargetProfile genetec() {
        return target(Vendor.GENETEC, "genetec-tenant");
    }

    static GrantParameters seamGrant() {
        return new GrantParameters.Seam(List.of(UUID_1), List.of());
    }

    static GrantParameters intservGrant() {
        return new GrantParameters.IntServ(List.of(UUID_1));
    }

    static GrantParameters basipGrant() {
        return new GrantParameters.BasIp(io.credsync.model.credential.BasIpLock.ALL, null);
    }

    static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }
}
