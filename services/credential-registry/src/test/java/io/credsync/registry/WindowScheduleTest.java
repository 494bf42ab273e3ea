package io.credsync.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.credsync.model.Vendor;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.testsupport.WithCredsyncInfra;
import io.quarkus.test.junit.QuarkusTest;

import static io.credsync.registry.RegistryFixture.jetstream;
import static io.credsync.registry.RegistryFixture.seam;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithCredsyncInfra(databasePrefix = "registry")
class WindowScheduleTest {

    @Test
    void shouldGrantAndWithdrawAtTheWindowsEdgesWhereTheVendorHasNoWindows() {
        // Given a card on a Jetstream device and a PIN on a Seam system, both valid from in 2 s to in 4 s
        var fx = new RegistryFixture().withVendors();
        Instant start = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plusSeconds(2);
        var validity = Map.of("starts_at", start.toString(), "ends_at", end.toString());
        var card = Map.of("external_holder_id", "emp-w", "holder", Map.of("full_name", "Ada Lovelace"), "kind",
                "card", "value", "04A1B2C3D4C1", "validity", validity, "grants", List.of(jetstream("lobby")));
        var pin = Map.of("external_holder_id", "emp-w", "holder", Map.of("full_name", "Ada Lovelace"), "kind",
                "pin", "value", "482913", "validity", validity, "grants", List.of(seam("hq")));
        var credential = UUID.fromString(fx.api().body(card).put("/v1/credentials/badge-w").then().statusCode(201)
                .extract().path("id"));
        var seamCredential = UUID.fromString(fx.api().body(pin).put("/v1/credentials/pin-w").then().statusCode(201)
                .extract().path("id"));
        // Then Seam holds it at once with its window; Jetstream gets it at the start and loses it at the end
        var seamCommands = Commands.await(Vendor.SEAM, fx.tenant, seamCredential, 2);
        assertThat(seamCommands.get(0).desired().presence()).isEqualTo(Presence.PRESENT);
        assertThat(seamCommands.get(0).desired().validity().endsAt()).isEqualTo(end);
        var jetstream = Commands.await(Vendor.JETSTREAM, fx.tenant, credential, 2);
        SyncCommand activation = jetstream.get(0);
        SyncCommand expiry = jetstream.get(1);
        assertThat(activation.reason()).isEqualTo(CommandReason.ACTIVATION);
        assertThat(activation.desired().presence()).isEqualTo(Presence.PRESENT);
        assertThat(expiry.reason()).isEqualTo(CommandReason.EXPIRY);
        assertThat(expiry.desired().presence()).isEqualTo(Presence.ABSENT);
        assertThat(expiry.priority()).isEqualTo(CommandPriority.URGENT);
        assertThat(expiry.version()).isGreaterThan(activation.version());
        // And each edge was acted on within a second of its time
        assertThat(Duration.between(start, activation.issuedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(Duration.between(end, expiry.issuedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        // And Seam's second command is the expiry's removal
        assertThat(seamCommands.get(1).reason()).isEqualTo(CommandReason.EXPIRY);
        assertThat(seamCommands.get(1).desired().presence()).isEqualTo(Presence.ABSENT);
    }
}
