package io.credsync.vendor.genetec.dispatch;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
 * Builds sealed Genetec commands as the registry would: the target is the Clearance tenant (its address), the grant
 * the device the secret is for.
 */
final class GenetecCommands {

    static final DispatchTestkit KIT = DispatchTestkit.of(TestConnection.of(GenetecSimulatorResource.CONNECTION,
            Vendor.GENETEC, () -> GenetecSimulatorResource.simulator.baseUrl(), GenetecSimulatorResource.SECRET_REF));

    private static final HolderRef HOLDER = new HolderRef(UUID.randomUUID(), "officer-1",
            new HolderDetails("Officer One", "Officer", "One", null));

    private GenetecCommands() {
    }

    /** A body-worn camera no other test uses. */
    static GrantParameters.Genetec newCamera() {
        String serial = "BWC-" + Long.toHexString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 56));
        return new GrantParameters.Genetec(serial, "genetec", "clearance", "guide-" + serial, "BodyWornCamera");
    }

    static SyncCommand present(String tenant, UUID credential, long version, GrantParameters.Genetec camera,
            String secret) {
        return presentVia(GenetecSimulatorResource.CONNECTION, tenant, credential, version, camera, secret);
    }

    static SyncCommand presentVia(String connection, String tenant, UUID credential, long version,
            GrantParameters.Genetec camera, String secret) {
        var desired = new DesiredState(Presence.PRESENT, CredentialKind.DEVICE_SECRET,
                DispatchTestkit.seal(tenant, credential, secret), FormatHints.NONE, ValidityWindow.ALWAYS, HOLDER,
                camera);
        return wrap(connection, tenant, credential, version, desired, CommandReason.GRANT);
    }

    /** The same device's secret through a second target naming the same Clearance tenant. */
    static SyncCommand presentOnSecondTarget(String tenant, UUID credential, GrantParameters.Genetec camera,
            String secret) {
        var command = present(tenant, credential, 1, camera, secret);
        return new SyncCommand(command.commandId(), tenant, credential, command.targetId() + "-second",
                Vendor.GENETEC, command.target(), 1, command.desired(), command.priority(), command.reason(),
                command.issuedAt());
    }

    static SyncCommand absent(String tenant, UUID credential, long version) {
        return wrap(GenetecSimulatorResource.CONNECTION, tenant, credential, version,
                DesiredState.absent(CredentialKind.DEVICE_SECRET, HOLDER), CommandReason.REVOKE);
    }

    private static SyncCommand wrap(String connection, String tenant, UUID credential, long version,
            DesiredState desired, CommandReason reason) {
        String clearanceTenant = GenetecSimulatorResource.simulator.tenantId();
        var address = new TargetAddress(connection, clearanceTenant, Map.of());
        return new SyncCommand(UUID.randomUUID(), tenant, credential, tenant + "-" + clearanceTenant,
                Vendor.GENETEC, address, version, desired, desired.presence() == Presence.PRESENT
                        ? CommandPriority.NORMAL
                        : CommandPriority.URGENT,
                reason, Instant.now());
    }
}
