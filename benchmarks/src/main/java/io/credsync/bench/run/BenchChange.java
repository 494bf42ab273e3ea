package io.credsync.bench.run;

import java.util.List;

/**
 * One change a run sends: the {@code seq}-th of the run, to credential {@code credentialId} (external id), which
 * after it is at {@code version} (versions count the credential's changes from 1). {@code value} is the PIN for
 * grants and updates (digits: valid for Seam codes; Jetstream cards get {@link #cardValue()}). {@code targetIds} are
 * the registry's target ids, each with its {@code vendor} (jetstream or seam).
 */
public record BenchChange(int seq, ChangeKind kind, String credentialId, String holderId, long version, String value,
        List<Target> targets) {

    /** A target a credential is granted to: the registry's target id and the vendor address behind it. */
    public record Target(String targetId, String vendor, String address) {
    }

    public BenchChange {
        targets = List.copyOf(targets);
    }

    /** The same secret as a Jetstream pass: 12 upper-case hex digits derived from the PIN. */
    public String cardValue() {
        return String.format("%012X", Long.parseLong(value));
    }
}
