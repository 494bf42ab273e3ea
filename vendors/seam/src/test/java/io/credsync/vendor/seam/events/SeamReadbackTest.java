package io.credsync.vendor.seam.events;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.seam.api.CredentialRead;
import io.credsync.vendor.seam.events.SeamReadback.Verdict;
import io.credsync.vendor.seam.events.SeamWatch.Awaiting;

import static org.assertj.core.api.Assertions.assertThat;

class SeamReadbackTest {

    @Test
    void shouldSettleAppliedWhenTheLatestDesiredStateIsSynced() {
        assertThat(SeamReadback.decide(watch(Awaiting.ISSUED, null), found("""
                {"is_latest_desired_state_synced_with_provider": true, "errors": [], "warnings": []}""")))
                .isEqualTo(new Verdict.Settle(SyncPhase.APPLIED, null, null));
    }

    @Test
    void shouldSettleFailedWithSeamsFirstError() {
        assertThat(SeamReadback.decide(watch(Awaiting.ISSUED, null), found("""
                {"is_latest_desired_state_synced_with_provider": false,
                 "errors": [{"error_code": "failed_to_create_on_acs_system", "message": "refused"}]}""")))
                .isEqualTo(new Verdict.Settle(SyncPhase.FAILED, "failed_to_create_on_acs_system", "refused"));
    }

    @Test
    void shouldReportANewWarningOnce() {
        var pending = found("""
                {"is_latest_desired_state_synced_with_provider": false, "errors": [],
                 "warnings": [{"warning_code": "waiting_to_be_issued", "message": "waiting"}]}""");
        assertThat(SeamReadback.decide(watch(Awaiting.ISSUED, null), pending))
                .isEqualTo(new Verdict.StillPending("waiting_to_be_issued", "waiting"));
        assertThat(SeamReadback.decide(watch(Awaiting.ISSUED, "waiting_to_be_issued"), pending))
                .isEqualTo(new Verdict.KeepWaiting());
    }

    @Test
    void shouldFailAnAwaitedIssueWhenSeamNoLongerHasTheCredential() {
        assertThat(SeamReadback.decide(watch(Awaiting.ISSUED, null), new CredentialRead.Gone("gone", "req_1")))
                .isEqualTo(new Verdict.Settle(SyncPhase.FAILED, SeamReadback.DELETED_AT_SEAM, "gone"));
    }

    @Test
    void shouldFailAnAwaitedDeletionTheAccessSystemRefusedButNotForAnOlderError() {
        assertThat(SeamReadback.decide(watch(Awaiting.DELETED, null), found("""
                {"errors": [{"error_code": "failed_to_delete_on_acs_system", "message": "refused"}]}""")))
                .isEqualTo(new Verdict.Settle(SyncPhase.FAILED, "failed_to_delete_on_acs_system", "refused"));
        assertThat(SeamReadback.decide(watch(Awaiting.DELETED, null), found("""
                {"errors": [{"error_code": "failed_to_create_on_acs_system", "message": "old"}]}""")))
                .isEqualTo(new Verdict.KeepWaiting());
    }

    @Test
    void shouldApplyAnAwaitedDeletionOnlyWhenSeamNoLongerHasTheCredential() {
        assertThat(SeamReadback.decide(watch(Awaiting.DELETED, null), new CredentialRead.Gone("gone", "req_1")))
                .isEqualTo(new Verdict.Settle(SyncPhase.APPLIED, null, null));
        assertThat(SeamReadback.decide(watch(Awaiting.DELETED, null), found("""
                {"is_latest_desired_state_synced_with_provider": false,
                 "warnings": [{"warning_code": "being_deleted", "message": "deleting"}]}""")))
                .isEqualTo(new Verdict.KeepWaiting());
    }

    private static SeamWatch watch(Awaiting awaiting, String lastReportedCode) {
        return new SeamWatch("acs-1", "seam", "t1", UUID.randomUUID(), "target", 1, UUID.randomUUID(), awaiting,
                null, null, Instant.now(), lastReportedCode);
    }

    private static CredentialRead found(String json) {
        try {
            JsonNode credential = Json.mapper().readTree(json);
            return new CredentialRead.Found(credential, "req_1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
