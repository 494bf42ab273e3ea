package io.credsync.bench.run;

import java.util.List;

/**
 * The small records the raw pipeline passes from hop to hop, each keyed like its credsync counterpart. {@code seq} is
 * the change's index in the run, so the harness can match a status record to the change it completes.
 */
final class RawMessages {

    private RawMessages() {
    }

    /** On the changes topic, keyed by credential (like {@code CredentialChange}). */
    record Change(int seq, String credentialId, long version, ChangeKind kind, String value, List<String> targetIds) {

        static Change of(int seq, BenchChange change) {
            return new Change(seq, change.credentialId(), change.version(), change.kind(), change.value(), change
                    .targets().stream().map(BenchChange.Target::targetId).toList());
        }

        String key() {
            return credentialId;
        }
    }

    /** On the commands topic, keyed by target (like {@code SyncCommand}). */
    record Command(int seq, String credentialId, String targetId, long version, ChangeKind kind, String value) {

        String key() {
            return targetId;
        }
    }

    /** On the outcomes topic, keyed by credential (like {@code SyncOutcome}). */
    record Outcome(int seq, String credentialId, String targetId, long version, String phase) {

        String key() {
            return credentialId;
        }
    }

    /** On the status topic, keyed by credential and target (like {@code SyncStatusChanged}). */
    record Status(int seq, String credentialId, String targetId, long version, String state) {

        String key() {
            return credentialId + "/" + targetId;
        }
    }
}
