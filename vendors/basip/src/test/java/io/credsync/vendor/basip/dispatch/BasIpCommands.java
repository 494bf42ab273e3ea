package io.credsync.vendor.basip.dispatch;

import java.time.Instant;
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
import io.credsync.model.credential.BasIpLock;
import io.credsync.model.credential.CardEncoding;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.testsupport.dispatch.TestConnection;

/**
 * Builds sealed BAS-IP commands as the registry would, for a panel of the simulator (its address is the panel's URL);
 * sending and reading outcomes is the shared {@link DispatchTestkit}'s.
 */
final class BasIpCommands {

    static final DispatchTestkit KIT = DispatchTestkit.of(TestConnection.of(BasIpSimulatorResource.CONNECTION,
            Vendor.BASIP, () -> BasIpSimulatorResource.simulator.baseUrl(), BasIpSimulatorResource.SECRET_REF));

    /** One credential's identifier as a test wants it on a panel. */
    record Identifier(CredentialKind kind, String value, CardEncoding encoding, ValidityWindow window, BasIpLock lock) {

        static Identifier card(String value, CardEncoding encoding) {
            return new Identifier(CredentialKind.CARD, value, encoding, ValidityWindow.ALWAYS, BasIpLock.ALL);
        }

        Identifier during(ValidityWindow validity) {
            return new Identifier(kind, value, encoding, validity, lock);
        }

        Identifier opening(BasIpLock which) {
            return new Identifier(kind, value, encoding, window, which);
        }
    }

    private BasIpCommands() {
    }

    static SyncCommand present(String tenant, UUID credential, String panel, long version, Identifier identifier) {
        return command(tenant, credential, panel, Map.of(), version, Presence.PRESENT, identifier);
    }

    static SyncCommand present(String tenant, UUID credential, String panel, Map<String, String> settings,
            long version, Identifier identifier) {
        return command(tenant, credential, panel, settings, version, Presence.PRESENT, identifier);
    }

    /** Through another connection of the tenant (e.g. one whose options differ). */
    static SyncCommand presentVia(String connection, String tenant, UUID credential, String panel, long version,
            Identifier identifier) {
        var command = present(tenant, credential, panel, version, identifier);
        var address = new TargetAddress(connection, command.target().address(), command.target().settings());
        return new SyncCommand(command.commandId(), tenant, credential, command.targetId(), Vendor.BASIP, address,
                version, command.desired(), command.priority(), command.reason(), command.issuedAt());
    }

    static SyncCommand suspended(String tenant, UUID credential, String panel, long version, Identifier identifier) {
        return command(tenant, credential, panel, Map.of(), version, Presence.SUSPENDED, identifier);
    }

    static SyncCommand absent(String tenant, UUID credential, String panel, long version) {
        var desired = DesiredState.absent(CredentialKind.CARD, new HolderRef(UUID.randomUUID(), "h", null));
        return wrap(tenant, credential, panel, Map.of(), version, desired, CommandReason.REVOKE);
    }

    private static SyncCommand command(String tenant, UUID credential, String panel, Map<String, String> settings,
            long version, Presence presence, Identifier identifier) {
        var holder = new HolderRef(UUID.randomUUID(), "h-1", new HolderDetails("Ada Lovelace", "Ada", "Lovelace",
                null));
        var desired = new DesiredState(presence, identifier.kind(), DispatchTestkit.seal(tenant, credential,
                identifier.value()), new FormatHints(identifier.encoding(), null), identifier.window(), holder,
                new GrantParameters.BasIp(identifier.lock(), null));
        return wrap(tenant, credential, panel, settings, version, desired, presence == Presence.SUSPENDED
                ? CommandReason.SUSPEND
                : CommandReason.GRANT);
    }

    private static SyncCommand wrap(String tenant, UUID credential, String panel, Map<String, String> settings,
            long version, DesiredState desired, CommandReason reason) {
        var address = new TargetAddress(BasIpSimulatorResource.CONNECTION,
                BasIpSimulatorResource.simulator.panelUrl(panel), settings);
        return new SyncCommand(UUID.randomUUID(), tenant, credential, tenant + "-" + panel, Vendor.BASIP, address,
                version, desired, desired.presence() == Presence.PRESENT
                        ? CommandPriority.NORMAL
                        : CommandPriority.URGENT,
                reason, Instant.now());
    }
}
