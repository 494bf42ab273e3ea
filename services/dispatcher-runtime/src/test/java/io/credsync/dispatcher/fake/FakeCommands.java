package io.credsync.dispatcher.fake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.credsync.model.command.CommandPriority;
import io.credsync.model.command.CommandReason;
import io.credsync.model.command.DesiredState;
import io.credsync.model.command.HolderRef;
import io.credsync.model.command.Presence;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.command.TargetAddress;
import io.credsync.model.credential.BasIpLock;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.testsupport.dispatch.DispatchTestkit;
import io.credsync.testsupport.dispatch.TestConnection;

/** Commands for the fake vendor, sealed as the registry seals them, on connection {@value #CONNECTION}. */
public final class FakeCommands {

    public static final String CONNECTION = "fake";
    public static final String SECRET_REF = "fake-key"; // credsync.secret.fake-key in src/test/resources
    public static final TestConnection FAKE = TestConnection.of(CONNECTION, FakeVendor.VENDOR,
            () -> "http://fake.invalid/", SECRET_REF);

    private FakeCommands() {
    }

    /** The credential present on the target at {@code version}. */
    public static SyncCommand present(String tenant, UUID credential, String target, long version) {
        var holder = new HolderRef(UUID.randomUUID(), "h", new HolderDetails("Ada", null, null, null));
        var desired = new DesiredState(Presence.PRESENT, CredentialKind.CARD, DispatchTestkit.seal(tenant, credential,
                "card-" + version), FormatHints.NONE, ValidityWindow.ALWAYS, holder,
                new GrantParameters.BasIp(BasIpLock.values()[0], null));
        return new SyncCommand(UUID.randomUUID(), tenant, credential, tenant + "-" + target, FakeVendor.VENDOR,
                new TargetAddress(CONNECTION, target, Map.of()), version, desired, CommandPriority.NORMAL,
                CommandReason.GRANT, Instant.now());
    }
}
