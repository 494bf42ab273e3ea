package io.credsync.registry.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.credsync.model.outcome.SyncOutcome;
import io.credsync.model.outcome.SyncPhase;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTransitionsTest {

    /** The registry knows no vendor: Seam's wait is one {@code <vendor>.awaiting} ref among any vendor's. */
    private static final String AWAITING = "seam.awaiting";

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void shouldSyncWhenTheDesiredVersionIsApplied() {
        var row = row(3, null, "pending");
        assertThat(StatusTransitions.apply(row, outcome(3, SyncPhase.APPLIED), NOW)).isTrue();
        assertThat(row.state).isEqualTo("synced");
        assertThat(row.observedVersion).isEqualTo(3);
        assertThat(row.pendingSince).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = SyncPhase.class, names = {"ACCEPTED", "QUEUED_ON_DEVICE", "RETRYING", "FAILED"})
    void shouldNotLeaveSyncedForAnythingReportedLateForTheSameVersion(SyncPhase late) {
        var row = row(3, 3L, "synced");
        assertThat(StatusTransitions.apply(row, outcome(3, late), NOW)).isFalse();
        assertThat(row.state).isEqualTo("synced");
    }

    @Test
    void shouldOnlyRaiseTheObservedVersionForAnOlderVersionsOutcome() {
        // Given version 4 is desired and version 2 observed
        var row = row(4, 2L, "dispatched");
        // When version 3 reports applied, then failed
        assertThat(StatusTransitions.apply(row, outcome(3, SyncPhase.APPLIED), NOW)).isTrue();
        assertThat(StatusTransitions.apply(row, outcome(3, SyncPhase.FAILED), NOW)).isFalse();
        // Then the state still waits for version 4
        assertThat(row.observedVersion).isEqualTo(3);
        assertThat(row.state).isEqualTo("dispatched");
        assertThat(row.lastErrorCode).isNull();
    }

    @Test
    void shouldNotLowerTheObservedVersion() {
        var row = row(4, 3L, "pending");
        assertThat(StatusTransitions.apply(row, outcome(2, SyncPhase.APPLIED), NOW)).isFalse();
        assertThat(row.observedVersion).isEqualTo(3);
    }

    @Test
    void shouldIgnoreAVersionNeverAskedFor() {
        var row = row(4, 3L, "pending");
        assertThat(StatusTransitions.apply(row, outcome(5, SyncPhase.APPLIED), NOW)).isFalse();
        assertThat(row.observedVersion).isEqualTo(3);
    }

    @Test
    void shouldMoveFromQueuedToSyncedWhenTheOfflineDeviceCompletes() {
        var row = row(2, 1L, "pending");
        StatusTransitions.apply(row, outcome(2, SyncPhase.QUEUED_ON_DEVICE), NOW);
        assertThat(row.state).isEqualTo("queued_on_device");
        StatusTransitions.apply(row, outcome(2, SyncPhase.APPLIED), NOW);
        assertThat(row.state).isEqualTo("synced");
    }

    @Test
    void shouldLetALaterSuccessReplaceAFailureOfTheSameVersion() {
        var row = row(2, 1L, "failed");
        assertThat(StatusTransitions.apply(row, outcome(2, SyncPhase.APPLIED), NOW)).isTrue();
        assertThat(row.state).isEqualTo("synced");
    }

    @Test
    void shouldKeepTheVendorsCodeAndMessageOnFailure() {
        var row = row(2, 1L, "queued_on_device");
        var failed = new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", row.credentialId, "t", 2,
                SyncPhase.FAILED, null, Map.of("jetstream.command_id", "c9"), "CommandTimedOut",
                "Command timed out after 1440 minutes", "event-ingest", NOW);
        StatusTransitions.apply(row, failed, NOW);
        assertThat(row.state).isEqualTo("failed");
        assertThat(row.lastErrorCode).isEqualTo("CommandTimedOut");
        assertThat(row.lastErrorMessage).isEqualTo("Command timed out after 1440 minutes");
        assertThat(StatusEvents.vendorRefs(row)).containsEntry("jetstream.command_id", "c9");
    }

    @Test
    void shouldKeepSeamsWarningWhileTheCredentialWaitsToBeIssued() {
        var row = row(1, null, "pending");
        StatusTransitions.apply(row, accepted(1, "waiting_to_be_issued"), NOW);
        assertThat(row.state).isEqualTo("dispatched");
        assertThat(row.lastErrorCode).isEqualTo("waiting_to_be_issued");
        assertThat(row.lastErrorVersion).isEqualTo(1L);
    }

    @Test
    void shouldRecordANewWarningWithoutChangingTheState() {
        var row = row(1, null, "pending");
        StatusTransitions.apply(row, accepted(1, "waiting_to_be_issued"), NOW);
        boolean changed = StatusTransitions.apply(row, accepted(1, "schedule_modified"), NOW);
        assertThat(changed).isTrue();
        assertThat(row.state).isEqualTo("dispatched");
        assertThat(row.lastErrorCode).isEqualTo("schedule_modified");
        assertThat(StatusTransitions.apply(row, accepted(1, "schedule_modified"), NOW)).isFalse();
    }

    @Test
    void shouldNotLetAWarningTouchASyncedStatus() {
        var row = row(1, 1L, "synced");
        assertThat(StatusTransitions.apply(row, accepted(1, "waiting_to_be_issued"), NOW)).isFalse();
        assertThat(row.lastErrorCode).isNull();
    }

    @Test
    void shouldForgetSeamsWarningAndWhatItAwaitedOnceSynced() {
        // Given Seam accepted version 1 and waits for it to be issued
        var row = row(1, null, "pending");
        StatusTransitions.apply(row, accepted(1, "waiting_to_be_issued", "issued"), NOW);
        // When event-ingest reports it issued
        StatusTransitions.apply(row, seamApplied(1), NOW);
        // Then the status is settled: no stale warning, no stale wait
        assertThat(row.state).isEqualTo("synced");
        assertThat(row.lastErrorCode).isNull();
        assertThat(row.lastErrorMessage).isNull();
        assertThat(row.lastErrorVersion).isNull();
        assertThat(row.lastErrorAt).isNull();
        assertThat(StatusEvents.vendorRefs(row)).doesNotContainKey(AWAITING)
                .containsEntry("seam.acs_credential_id", "cred-1");
    }

    @Test
    void shouldForgetWhatAnyVendorAwaitsOnceSynced() {
        // Given another vendor's wait on version 1
        var row = row(1, null, "pending");
        StatusTransitions.apply(row, new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", UUID.randomUUID(),
                "t", 1, SyncPhase.ACCEPTED, null, Map.of("intserv.awaiting", "applied", "intserv.key_id", "k-1"), null,
                null, "dispatcher-intserv", NOW), NOW);
        assertThat(StatusEvents.vendorRefs(row)).containsKey("intserv.awaiting");
        // When the vendor confirms
        StatusTransitions.apply(row, outcome(1, SyncPhase.APPLIED), NOW);
        // Then the wait is gone and the vendor's id stays
        assertThat(StatusEvents.vendorRefs(row)).doesNotContainKey("intserv.awaiting").containsKey("intserv.key_id");
    }

    @Test
    void shouldForgetTheWaitOnceARevocationIsDone() {
        // Given version 2 revokes and Seam awaits the deletion
        var row = row(2, 1L, "pending");
        row.desiredPresence = "absent";
        StatusTransitions.apply(row, accepted(2, "waiting_to_be_issued", "deleted"), NOW);
        // When the deletion is confirmed
        StatusTransitions.apply(row, seamApplied(2), NOW);
        // Then
        assertThat(row.lastErrorCode).isNull();
        assertThat(StatusEvents.vendorRefs(row)).doesNotContainKey(AWAITING);
    }

    @Test
    void shouldNotLetALateAcceptanceBringBackAWaitThatHasEnded() {
        // Given
        var row = row(1, 1L, "synced");
        row.vendorRefs = "{\"" + "seam.acs_credential_id" + "\":\"cred-1\"}";
        // When
        boolean changed = StatusTransitions.apply(row, accepted(1, null, "issued"), NOW);
        // Then
        assertThat(changed).isFalse();
        assertThat(StatusEvents.vendorRefs(row)).doesNotContainKey(AWAITING);
    }

    @Test
    void shouldNotTakeWhatAnOlderVersionAwaits() {
        // Given
        var row = row(2, 1L, "pending");
        // When
        StatusTransitions.apply(row, accepted(1, null, "issued"), NOW);
        // Then
        assertThat(StatusEvents.vendorRefs(row)).doesNotContainKey(AWAITING)
                .containsEntry("seam.acs_credential_id", "cred-1");
    }

    @Test
    void shouldStartANewVersionWithoutThePreviousVersionsWarningOrWait() {
        // Given version 1 waits to be issued
        var row = row(1, null, "pending");
        StatusTransitions.apply(row, accepted(1, "waiting_to_be_issued", "issued"), NOW);
        // When version 2 is desired
        StatusTransitions.startVersion(row);
        // Then
        assertThat(row.lastErrorCode).isNull();
        assertThat(StatusEvents.vendorRefs(row)).doesNotContainKey(AWAITING)
                .containsEntry("seam.acs_credential_id", "cred-1");
    }

    private SyncOutcome accepted(long version, String warning) {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", UUID.randomUUID(), "t", version,
                SyncPhase.ACCEPTED, null, Map.of(), warning, "Seam says " + warning, "dispatcher-seam", NOW);
    }

    private SyncOutcome accepted(long version, String warning, String awaiting) {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", UUID.randomUUID(), "t", version,
                SyncPhase.ACCEPTED, null, Map.of("seam.acs_credential_id", "cred-1", AWAITING, awaiting),
                warning, warning == null ? null : "Seam says " + warning, "dispatcher-seam", NOW);
    }

    private SyncOutcome seamApplied(long version) {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", UUID.randomUUID(), "t", version,
                SyncPhase.APPLIED, null, Map.of("seam.acs_credential_id", "cred-1"), null, null, "event-ingest",
                NOW);
    }

    private static SyncStatus row(long desired, Long observed, String state) {
        var row = new SyncStatus();
        row.credentialId = UUID.randomUUID();
        row.targetId = "t";
        row.tenant = "acme";
        row.desiredVersion = desired;
        row.observedVersion = observed;
        row.state = state;
        row.desiredPresence = "present";
        row.vendorRefs = "{}";
        row.pendingSince = NOW.minusSeconds(5);
        return row;
    }

    private static SyncOutcome outcome(long version, SyncPhase phase) {
        return new SyncOutcome(UUID.randomUUID(), UUID.randomUUID(), "acme", UUID.randomUUID(), "t", version, phase,
                null, Map.of(), null, null, "test", NOW);
    }
}
