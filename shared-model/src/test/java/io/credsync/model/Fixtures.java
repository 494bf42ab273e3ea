package io.credsync.model;

import java.time.Instant;
import java.util.List;
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
import io.credsync.model.credential.CardEncoding;
import io.credsync.model.credential.ChangeOperation;
import io.credsync.model.credential.CredentialChange;
import io.credsync.model.credential.CredentialKind;
import io.credsync.model.credential.FormatHints;
import io.credsync.model.credential.Grant;
import io.credsync.model.credential.GrantParameters;
import io.credsync.model.credential.HolderDetails;
import io.credsync.model.credential.ValidityWindow;
import io.credsync.model.crypto.EncryptedValue;
import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.model.status.SyncError;
import io.credsync.model.status.SyncState;
import io.credsync.model.status.SyncStatusChanged;

/** Fully populated contract instances, so round-trip tests notice a field that does not survive. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    public static final EncryptedValue SEALED = new EncryptedValue("k1", "AAAAAAAAAAAAAAAA", "c2VhbGVk");
    public static final HolderDetails HOLDER = new HolderDetails("Ada Lovelace", "Ada", "Lovelace", "ada@example.org");

    private Fixtures() {
    }

    public static CredentialChange upsertWithEveryGrant() {
        return new CredentialChange(UUID.randomUUID(), "acme", "holder-1", "cred-1", ChangeOperation.UPSERT, HOLDER,
                CredentialKind.CARD, SEALED, new FormatHints(CardEncoding.HEX, 26),
                new ValidityWindow(T0, T0.plusSeconds(3600)),
                List.of(new Grant("lobby-reader", new GrantParameters.Jetstream()),
                        new Grant("hq-acs", new GrantParameters.Seam(List.of(UUID.randomUUID().toString()),
                                List.of())),
                        new Grant("intserv-1", new GrantParameters.IntServ(List.of(UUID.randomUUID().toString()))),
                        new Grant("panel-7", new GrantParameters.BasIp(BasIpLock.SECOND, "apt-12")),
                        new Grant("bodycam-3", new GrantParameters.Genetec("SN1", "genetec", "m", "cn", "None"))),
                T0);
    }

    public static SyncCommand command() {
        var holder = new HolderRef(UUID.randomUUID(), "holder-1", HOLDER);
        var desired = new DesiredState(Presence.PRESENT, CredentialKind.PIN, SEALED, FormatHints.NONE,
                new ValidityWindow(T0, null), holder, new GrantParameters.Seam(List.of(), List.of("g1")));
        return new SyncCommand(UUID.randomUUID(), "acme", UUID.randomUUID(), "hq-acs", Vendor.SEAM,
                new TargetAddress("seam-main", UUID.randomUUID().toString(), Map.of("k", "v")), 7, desired,
                CommandPriority.NORMAL, CommandReason.UPDATE, T0);
    }

    public static SyncOutcome outcome() {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", UUID.randomUUID(), "lobby-reader", 4,
                SyncPhase.RETRYING, T0.plusSeconds(30), Map.of("jetstream.command_id", "5be4a19c"), "http_503",
                "Service Unavailable", "dispatcher-jetstream", T0);
    }

    public static SyncStatusChanged status() {
        return new SyncStatusChanged("acme", UUID.randomUUID(), "lobby-reader", 5, 4L, Presence.PRESENT,
                SyncState.FAILED, new SyncError("CommandTimedOut", "Command timed out after 1440 minutes", 5, T0),
                Map.of("jetstream.command_id", "c1"), T0, T0.minusSeconds(60), false, null);
    }
}
