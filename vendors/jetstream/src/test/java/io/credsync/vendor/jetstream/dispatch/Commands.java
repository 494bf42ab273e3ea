package io.credsync.vendor.jetstream.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

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
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.testsupport.dispatch.TestConnection;

/**
 * Builds sealed Jetstream commands as the registry would; sending them and reading outcomes is the shared
 * {@link DispatchTestkit}'s, with the simulator defined as connection {@code js} of each tenant.
 */
final class Commands {

    static final DispatchTestkit KIT = DispatchTestkit.of(TestConnection.of(SimulatorResource.CONNECTION,
            Vendor.JETSTREAM, () -> SimulatorResource.simulator.baseUrl(), SimulatorResource.SECRET_REF));

    private Commands() {
    }

    static SyncCommand present(String tenant, UUID credential, String device, long version, String pass) {
        var holder = new HolderRef(UUID.randomUUID(), "h", new HolderDetails("Ada", null, null, null));
        var sealed = DispatchTestkit.seal(tenant, credential, pass);
        var desired = new DesiredState(Presence.PRESENT, CredentialKind.CARD, sealed, FormatHints.NONE,
                ValidityWindow.ALWAYS, holder, new GrantParameters.Jetstream());
        return command(tenant, credential, device, version, desired, CommandPriority.NORMAL, CommandReason.GRANT);
    }

    static SyncCommand absent(String tenant, UUID credential, String device, long version) {
        var desired = DesiredState.absent(CredentialKind.CARD, new HolderRef(UUID.randomUUID(), "h", null));
        return command(tenant, credential, device, version, desired, CommandPriority.URGENT, CommandReason.REVOKE);
    }

    private static SyncCommand command(String tenant, UUID credential, String device, long version,
            DesiredState desired, CommandPriority priority, CommandReason reason) {
        return new SyncCommand(UUID.randomUUID(), tenant, credential, tenant + "-" + device, Vendor.JETSTREAM,
                new TargetAddress(SimulatorResource.CONNECTION, device, Map.of()), version, desired, priority, reason,
                Instant.now());
    }

    static void send(SyncCommand... commands) {
        KIT.send(commands);
    }

    /** Outcomes of one tenant, read from the beginning until {@code done} holds. */
    static List<SyncOutcome> outcomes(String tenant, Predicate<List<SyncOutcome>> done) {
        return KIT.outcomes(tenant).until(done);
    }
}
