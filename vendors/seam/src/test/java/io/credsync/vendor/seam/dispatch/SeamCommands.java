package io.credsync.vendor.seam.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.testsupport.dispatch.OutcomeReader;
import io.credsync.testsupport.dispatch.TestConnection;

/**
 * Seam commands as the registry builds them (one holder, one access system); sent and answered over Kafka by the
 * shared {@link DispatchTestkit}, with the simulator defined as connection {@code seam} of each tenant.
 */
final class SeamCommands {

    static final DispatchTestkit KIT = DispatchTestkit.of(TestConnection.of(SeamSimulatorResource.CONNECTION,
            Vendor.SEAM, () -> SeamSimulatorResource.simulator.baseUrl(), SeamSimulatorResource.SECRET_REF)
            .withRate(500)).withTimeout(Duration.ofSeconds(60));

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
        return DispatchTestkit.seal(tenant, credential, value);
    }

    private SyncCommand command(UUID credential, long version, DesiredState desired, CommandReason reason) {
        return new SyncCommand(UUID.randomUUID(), tenant, credential, targetId(), Vendor.SEAM,
                new TargetAddress(SeamSimulatorResource.CONNECTION, acsSystemId, targetSettings), version, desired,
                reason == CommandReason.REVOKE ? CommandPriority.URGENT : CommandPriority.NORMAL, reason,
                Instant.now());
    }

    static void send(SyncCommand... commands) {
        KIT.send(commands);
    }

    /** This tenant's outcomes up to and including {@code last} (see {@link OutcomeReader#through}). */
    List<SyncOutcome> outcomesThrough(SyncOutcome last) {
        return KIT.outcomes(tenant).through(last);
    }

    /** The first outcome of {@code command} in {@code phase} (fails after 60 s). */
    SyncOutcome awaitPhase(SyncCommand command, SyncPhase phase) {
        return KIT.outcomes(tenant).awaitPhase(command, phase);
    }
}
