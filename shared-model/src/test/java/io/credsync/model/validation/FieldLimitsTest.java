package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;

import static org.assertj.core.api.Assertions.assertThat;

class FieldLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"badge-42", "Lobby 1", "émp-ß", "😀-emoji", "a"})
    void shouldAcceptPrintableIds(String id) {
        assertThat(FieldLimits.isId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000id", "tab\tid", "new\nline", "\u202Eevil", "zero\u200Bwidth", "bom\uFEFF",
            "lone\uD800", "lone\uDC00x", "rtl\u2067", "   ", ""})
    void shouldRejectIdsWithControlBidiZeroWidthOrLoneSurrogates(String id) {
        assertThat(FieldLimits.isId(id)).isFalse();
    }

    @Test
    void shouldRejectIdsLongerThanTheLimit() {
        assertThat(FieldLimits.isId("x".repeat(FieldLimits.ID_MAX))).isTrue();
        assertThat(FieldLimits.isId("x".repeat(FieldLimits.ID_MAX + 1))).isFalse();
    }

    @Test
    void shouldTellTextPostgresCannotStore() {
        assertThat(FieldLimits.storable("Ada 😀 Lovelace\n")).isTrue();
        assertThat(FieldLimits.storable("Ada\u0000")).isFalse();
        assertThat(FieldLimits.storable("Ada\uD83D")).isFalse();
    }

    @Test
    void shouldBoundEveryFieldOfAnUpsertFromTheInputTopic() {
        var change = new CredentialChange(UUID.randomUUID(), "acme", "emp\u0000", "x".repeat(201),
                ChangeOperation.UPSERT, new HolderDetails("A".repeat(1_000_000), null, "Love\uD800lace", null),
                CredentialKind.PIN, null, null, new ValidityWindow(null, Instant.parse("+99999-01-01T00:00:00Z")),
                List.of(new Grant("lobby\u200B", new GrantParameters.Jetstream())), null);
        assertThat(ChangeStructureRules.check(change)).extracting(Violation::field, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("external_credential_id", "id.length"),
                        org.assertj.core.groups.Tuple.tuple("external_holder_id", "id.characters"),
                        org.assertj.core.groups.Tuple.tuple("holder.full_name", "text.length"),
                        org.assertj.core.groups.Tuple.tuple("holder.last_name", "text.characters"),
                        org.assertj.core.groups.Tuple.tuple("validity.ends_at", "validity.range"),
                        org.assertj.core.groups.Tuple.tuple("grants[0].target_id", "id.characters"));
    }

    @Test
    void shouldNeverQuoteTheValueInAMessage() {
        var violations = ChangeStructureRules.checkCredentialId("external_credential_id", "secret\u0000");
        assertThat(violations).singleElement().satisfies(v -> assertThat(v.message()).doesNotContain("secret"));
    }
}
