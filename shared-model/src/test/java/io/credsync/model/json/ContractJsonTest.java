package io.credsync.model.json;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.Fixtures;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.status.SyncStatusChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractJsonTest {

    @Test
    void shouldRoundTripCredentialChangeWithEveryVendorsGrant() {
        // Given
        var change = Fixtures.upsertWithEveryGrant();
        // When
        var read = Json.read(Json.write(change), CredentialChange.class);
        // Then
        assertThat(read).isEqualTo(change);
        assertThat(read.grants()).extracting(g -> (Object) g.parameters().getClass())
                .containsExactly(GrantParameters.Jetstream.class, GrantParameters.Seam.class,
                        GrantParameters.IntServ.class, GrantParameters.BasIp.class, GrantParameters.Genetec.class);
    }

    @Test
    void shouldRoundTripSyncCommand() {
        var command = Fixtures.command();
        assertThat(Json.read(Json.write(command), SyncCommand.class)).isEqualTo(command);
    }

    @Test
    void shouldRoundTripSyncOutcome() {
        var outcome = Fixtures.outcome();
        assertThat(Json.read(Json.write(outcome), SyncOutcome.class)).isEqualTo(outcome);
    }

    @Test
    void shouldRoundTripSyncStatusChanged() {
        var status = Fixtures.status();
        assertThat(Json.read(Json.write(status), SyncStatusChanged.class)).isEqualTo(status);
    }

    @Test
    void shouldWriteSnakeCaseNamesLowerCaseEnumsAndIsoInstants() throws Exception {
        // When
        JsonNode json = Json.mapper().readTree(Json.write(Fixtures.upsertWithEveryGrant()));
        // Then
        assertThat(json.has("event_id")).isTrue();
        assertThat(json.has("external_credential_id")).isTrue();
        assertThat(json.get("operation").asText()).isEqualTo("upsert");
        assertThat(json.get("kind").asText()).isEqualTo("card");
        assertThat(json.get("validity").get("starts_at").asText()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(json.get("format").get("card_encoding").asText()).isEqualTo("hex");
        assertThat(json.get("grants").get(1).get("parameters").get("vendor").asText()).isEqualTo("seam");
        assertThat(json.get("grants").get(1).get("parameters").has("acs_entrance_ids")).isTrue();
        assertThat(json.get("grants").get(3).get("parameters").get("lock").asText()).isEqualTo("second");
        assertThat(json.get("value").get("key_id").asText()).isEqualTo("k1");
        assertThat(json.has("partition_key")).as("derived keys are not payload").isFalse();
        assertThat(json.get("validity").has("ordered")).as("derived checks are not payload").isFalse();
    }

    @Test
    void shouldOmitNullFields() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.write(Fixtures.status()));
        assertThat(json.has("credential_synced_at")).isFalse();
        assertThat(json.get("observed_version").asLong()).isEqualTo(4);
    }

    @Test
    void shouldIgnoreUnknownFieldsAtEveryLevel() {
        // Given a payload from a newer producer
        String json = """
                {"event_id":"0b0f8c1e-8a4e-4d83-9f7c-1c9d6f1f2a11","tenant":"acme","external_holder_id":"h",
                 "external_credential_id":"c","operation":"revoke","added_in_v2":{"x":1},
                 "grants":[{"target_id":"t","parameters":{"vendor":"jetstream","future_flag":true}}],
                 "validity":{"starts_at":"2026-11-22T08:00:00Z","time_zone":"Europe/Oslo"}}
                """;
        // When
        var change = Json.read(json.getBytes(StandardCharsets.UTF_8), CredentialChange.class);
        // Then
        assertThat(change.tenant()).isEqualTo("acme");
        assertThat(change.grants()).singleElement()
                .extracting(g -> g.parameters()).isInstanceOf(GrantParameters.Jetstream.class);
        assertThat(change.validity().startsAt()).isEqualTo(Fixtures.T0);
    }

    @Test
    void shouldTreatMissingGrantsAsEmpty() {
        var change = Json.read("{\"tenant\":\"acme\"}".getBytes(StandardCharsets.UTF_8), CredentialChange.class);
        assertThat(change.grants()).isEmpty();
    }

    @Test
    void shouldRejectMalformedJsonWithAReasonThatNamesTheContract() {
        assertThatThrownBy(() -> Json.read("{\"tenant\":".getBytes(StandardCharsets.UTF_8), CredentialChange.class))
                .isInstanceOf(ContractParseException.class)
                .hasMessageStartingWith("not a valid CredentialChange:")
                .hasMessageContaining("line 1");
    }

    @Test
    void shouldRejectAnUnknownOperation() {
        assertThatThrownBy(() -> Json.read("{\"operation\":\"explode\"}".getBytes(StandardCharsets.UTF_8),
                CredentialChange.class))
                .isInstanceOf(ContractParseException.class)
                .hasMessageContaining("ChangeOperation");
    }

    @Test
    void shouldRejectAGrantOfAnUnknownVendor() {
        String json = "{\"grants\":[{\"target_id\":\"t\",\"parameters\":{\"vendor\":\"acme-locks\"}}]}";
        assertThatThrownBy(() -> Json.read(json.getBytes(StandardCharsets.UTF_8), CredentialChange.class))
                .isInstanceOf(ContractParseException.class)
                .hasMessageContaining("acme-locks");
    }
}
