package io.credsync.registry;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.credsync.model.Vendor;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.registry.outbox.OutboxRelay;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.registry.RegistryFixture.card;
import static io.credsync.registry.RegistryFixture.jetstream;
import static io.credsync.registry.RegistryFixture.pin;
import static io.credsync.registry.RegistryFixture.seam;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;

    private RegistryFixture fx;

    @BeforeEach
    void givenATenantWithTargets() {
        fx = new RegistryFixture().withVendors();
    }

    @AfterEach
    void relayRuns() {
        relay.start();
    }

    @Test
    void shouldKeepCommandsInTheOutboxWhileTheRelayIsDownAndDeliverThemAfterwards() throws SQLException {
        // Given the relay is down (killed mid-flight: what it had not committed stays in the outbox)
        relay.stop();
        // When a change is accepted
        String id = fx.api().body(card("emp-o", "04A1B2C3D4B1", List.of(jetstream("lobby"), jetstream("garage"))))
                .put("/v1/credentials/badge-o").then().statusCode(201).extract().path("id");
        // Then its commands wait in the database, written in the same transaction as the credential
        assertThat(outboxRowsFor(id)).isEqualTo(2);
        // And once the relay is back they reach the broker
        relay.start();
        var commands = Commands.await(Vendor.JETSTREAM, fx.tenant, UUID.fromString(id), 2);
        assertThat(commands).extracting(SyncCommand::targetId).containsExactlyInAnyOrder("lobby", "garage");
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(outboxRowsFor(id)).isZero());
    }

    @Test
    void shouldRevokeEverythingAHolderCarriesAtTopPriority() {
        // Given a card on two Jetstream devices and a PIN on a Seam system, of one holder
        String card = fx.api().body(card("emp-r", "04A1B2C3D4B2", List.of(jetstream("lobby"), jetstream("garage"))))
                .put("/v1/credentials/badge-r").then().statusCode(201).extract().path("id");
        String other = fx.api().body(pin("emp-r", "482913", List.of(seam("hq"))))
                .put("/v1/credentials/pin-r2").then().statusCode(201).extract().path("id");
        // When
        fx.api().post("/v1/holders/emp-r/emergency-revoke").then().statusCode(202)
                .body("size()", org.hamcrest.Matchers.equalTo(2))
                .body("[0].version", org.hamcrest.Matchers.equalTo(2));
        // Then every target gets an urgent absent command
        var jetstream = Commands.await(Vendor.JETSTREAM, fx.tenant, UUID.fromString(card), 4);
        var seamCommands = Commands.await(Vendor.SEAM, fx.tenant, UUID.fromString(other), 2);
        // (the urgent revocation may overtake the grant it revokes: dispatchers skip the older version)
        for (var command : List.of(latest(jetstream, "lobby"), latest(jetstream, "garage"), latest(seamCommands,
                "hq"))) {
            assertThat(command.version()).isEqualTo(2);
            assertThat(command.desired().presence()).isEqualTo(Presence.ABSENT);
            assertThat(command.priority()).isEqualTo(CommandPriority.URGENT);
            assertThat(command.reason()).isEqualTo(CommandReason.EMERGENCY_REVOKE);
            assertThat(command.desired().value()).isNull();
        }
        fx.api().get("/v1/credentials/badge-r").then().body("state", org.hamcrest.Matchers.equalTo("revoked"));
    }

    private static SyncCommand latest(List<SyncCommand> commands, String targetId) {
        return commands.stream().filter(c -> c.targetId().equals(targetId))
                .max(java.util.Comparator.comparingLong(SyncCommand::version)).orElseThrow();
    }

    private long outboxRowsFor(String credentialId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from outbox where convert_from(payload, 'UTF8') like ?")) {
            statement.setString(1, "%\"command_id\"%\"credential_id\":\"" + credentialId + "\"%");
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
