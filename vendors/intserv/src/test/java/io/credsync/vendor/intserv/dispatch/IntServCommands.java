package io.credsync.vendor.intserv.dispatch;

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
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.testsupport.dispatch.TestConnection;

/**
 * Builds sealed IntServ commands as the registry would: the target is one access system (its address the system
 * id), the grant its access levels.
 */
final class IntServCommands {

    static final DispatchTestkit KIT = DispatchTestkit.of(TestConnection.of(IntServSimulatorResource.CONNECTION,
            Vendor.INTSERV, () -> IntServSimulatorResource.simulator.baseUrl(), IntServSimulatorResource.SECRET_REF));

    /** One credential as a test wants it: kind, value, window, holder and levels. */
    record Key(CredentialKind kind, String value, ValidityWindow window, HolderRef holder, List<String> levels,
            Map<String, String> settings) {

        static Key card(String value, HolderRef holder, String... levels) {
            return new Key(CredentialKind.CARD, value, ValidityWindow.ALWAYS, holder, List.of(levels), Map.of());
        }

        static Key pin(String value, HolderRef holder, String... levels) {
            return new Key(CredentialKind.PIN, value, ValidityWindow.ALWAYS, holder, List.of(levels), Map.of());
        }

        Key during(ValidityWindow validity) {
            return new Key(kind, value, validity, holder, levels, settings);
        }

        Key withValue(String other) {
            return new Key(kind, other, window, holder, levels, settings);
        }

        Key onSystemReading(int codeDigits) {
            return new Key(kind, value, window, holder, levels, Map.of("code_length", String.valueOf(codeDigits)));
        }
    }

    private IntServCommands() {
    }

    static HolderRef holder(String first, String last) {
        return new HolderRef(UUID.randomUUID(), "h-" + first, new HolderDetails(first + " " + last, first, last, null));
    }

    static SyncCommand present(String tenant, UUID credential, String system, long version, Key key) {
        return command(tenant, credential, system, version, Presence.PRESENT, key);
    }

    /** Through another connection of the tenant (e.g. one whose key was revoked). */
    static SyncCommand presentVia(String connection, String tenant, UUID credential, String system, long version,
            Key key) {
        var command = present(tenant, credential, system, version, key);
        return new SyncCommand(command.commandId(), tenant, credential, command.targetId(), Vendor.INTSERV,
                new TargetAddress(connection, system, command.target().settings()), version, command.desired(),
                command.priority(), command.reason(), command.issuedAt());
    }

    static SyncCommand suspended(String tenant, UUID credential, String system, long version, Key key) {
        return command(tenant, credential, system, version, Presence.SUSPENDED, key);
    }

    static SyncCommand absent(String tenant, UUID credential, String system, long version, Key key) {
        return wrap(tenant, credential, system, Map.of(), version, DesiredState.absent(key.kind(), key.holder()),
                CommandReason.REVOKE);
    }

    private static SyncCommand command(String tenant, UUID credential, String system, long version,
            Presence presence, Key key) {
        var desired = new DesiredState(presence, key.kind(), DispatchTestkit.seal(tenant, credential, key.value()),
                FormatHints.NONE, key.window(), key.holder(), new GrantParameters.IntServ(key.levels()));
        return wrap(tenant, credential, system, key.settings(), version, desired, presence == Presence.SUSPENDED
                ? CommandReason.SUSPEND
                : CommandReason.GRANT);
    }

    private static SyncCommand wrap(String tenant, UUID credential, String system, Map<String, String> settings,
            long version, DesiredState desired, CommandReason reason) {
        var address = new TargetAddress(IntServSimulatorResource.CONNECTION, system, settings);
        return new SyncCommand(UUID.randomUUID(), tenant, credential, tenant + "-" + system, Vendor.INTSERV, address,
                version, desired, desired.presence() == Presence.PRESENT
                        ? CommandPriority.NORMAL
                        : CommandPriority.URGENT,
                reason, Instant.now());
    }
}
