package io.credsync.vendor.seam.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.DesiredState;
import io.credsync.model.command.HolderRef;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.crypto.EnvelopeContext;
import io.credsync.model.crypto.KeyRing;
import io.credsync.model.crypto.SecretValue;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.testsupport.TestConnections;
import io.credsync.testsupport.TopicProbe;

/** Seam commands as the registry builds them (one holder, one access system), sent and answered over Kafka. */
final class SeamCommands {

    static final ValueCipher CIPHER = new ValueCipher(
            KeyRing.parse("dev=ZGV2LW9ubHkta2V5LW5vdC1mb3ItcmVhbC1zZWNyZXQ=", "dev"));

    private final String tenant;
    private final String acsSystemId;
    private final HolderRef holder;
    private final Map<String, String> targetSettings;

    SeamCommands(String tenant, String acsSystemId, String holderName) {
        this(tenant, acsSystemId, new HolderRef(UUID.randomUUID(), "ext-" + holderName, new HolderDetails(holderName,
                null, null, null)), Map.of());
    }

    private SeamCommands(String tenant, String acsSystemId, HolderRef holder, Map<String, String> targetSettings) {
        this.tenant = tenant;
        this.acsSystemId = acsSystemId;
        this.holder = holder;
        this.targetSettings = targetSettings;
    }

    /** The same holder and system, with the target's settings (e.g. {@code seam.user_access_schedule}). */
    SeamCommands withTargetSettings(Map<String, String> settings) {
        return new SeamCommands(tenant, acsSystemId, holder, settings);
    }

    String targetId() {
        return tenant + "-" + acsSystemId;
    }

    /** A PIN (access method code) valid until {@code endsAt}, on the given entrances and access groups. */
    SyncCommand pin(UUID credential, long version, String code, Instant endsAt, List<String> entrances,
            List<String> groups) {
        return present(credential, version, CredentialKind.PIN, seal(credential, code), endsAt, entrances, groups);
    }

    SyncCommand present(UUID credential, long version, CredentialKind kind, EncryptedValue value, Instant endsAt,
            List<String> entrances, List<String> groups) {
        var desired = new DesiredState(Presence.PRESENT, kind, value, FormatHints.NONE, new ValidityWindow(null,
                endsAt), holder, new GrantParameters.Seam(entrances, groups));
        return command(credential, version, desired, CommandReason.GRANT);
    }

    SyncCommand suspended(SyncCommand granted, long version) {
        var d = granted.desired();
        return command(granted.credentialId(), version, new DesiredState(Presence.SUSPENDED, d.kind(), d.value(),
                d.format(), d.validity(), d.holder(), d.grant()), CommandReason.SUSPEND);
    }

    SyncCommand absent(UUID credential, long version) {
        return command(credential, version, DesiredState.absent(CredentialKind.PIN, holder), CommandReason.REVOKE);
    }

    EncryptedValue seal(UUID credential, String value) {
        return CIPHER.encrypt(SecretValue.of(value), new EnvelopeContext(tenant, credential.toString()));
    }

    private SyncCommand command(UUID credential, long version, DesiredState desired, CommandReason reason) {
        return new SyncCommand(UUID.randomUUID(), tenant, credential, targetId(), Vendor.SEAM,
                new TargetAddress(SeamSimulatorResource.CONNECTION, acsSystemId, targetSettings), version, desired,
                reason == CommandReason.REVOKE ? CommandPriority.URGENT : CommandPriority.NORMAL, reason,
                Instant.now());
    }

    static void send(SyncCommand... commands) {
        java.util.Arrays.stream(commands).map(SyncCommand::tenant).distinct().forEach(tenant -> TestConnections
                .define(tenant, SeamSimulatorResource.CONNECTION, Vendor.SEAM, SeamSimulatorResource.simulator
                        .baseUrl(), SeamSimulatorResource.SECRET_REF, 500, java.util.Map.of()));
        for (var command : commands) {
            TopicProbe.send(Topics.commands(Vendor.SEAM), command.partitionKey(), Json.write(command));
        }
    }

    /** This tenant's outcomes, read from the beginning until {@code done} holds. */
    List<SyncOutcome> outcomes(Predicate<List<SyncOutcome>> done) {
        return TopicProbe.readUntil(Topics.SYNC_OUTCOMES, r -> TopicProbe.text(r).contains(tenant),
                found -> done.test(found.stream().map(r -> Json.read(r.value(), SyncOutcome.class)).toList()),
                Duration.ofSeconds(60)).stream().map(r -> Json.read(r.value(), SyncOutcome.class)).toList();
    }

    /**
     * This tenant's outcomes up to and including {@code last}: one credential's outcomes share a partition, so all
     * that came before it are read too (a predicate that is true at once could stop after the first poll).
     */
    List<SyncOutcome> outcomesThrough(SyncOutcome last) {
        return outcomes(found -> found.stream().anyMatch(o -> o.eventId().equals(last.eventId())));
    }

    /** The first outcome of {@code command} in {@code phase} (fails after 30 s). */
    SyncOutcome awaitPhase(SyncCommand command, io.credsync.model.outcome.SyncPhase phase) {
        Predicate<SyncOutcome> wanted = o -> o.commandId().equals(command.commandId()) && o.phase() == phase;
        return outcomes(found -> found.stream().anyMatch(wanted)).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no " + phase + " outcome for version " + command.version()));
    }
}
