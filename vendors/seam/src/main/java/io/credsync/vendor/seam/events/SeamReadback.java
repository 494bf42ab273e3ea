package io.credsync.vendor.seam.events;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.outcome.SyncPhase;
import io.credsync.vendor.seam.api.CredentialRead;

/**
 * Decides, from a read-back of the credential, what a watch has come to. Events only say that something happened;
 * this decides what, so duplicated or reordered events cannot mislead it.
 */
public final class SeamReadback {

    /** What to do with a watch after a read. */
    public sealed interface Verdict {

        /** Publish a final outcome and stop watching. */
        record Settle(SyncPhase phase, String errorCode, String message) implements Verdict {
        }

        /** Still pending with a new warning: publish {@code accepted} with it and keep watching. */
        record StillPending(String warningCode, String message) implements Verdict {
        }

        /** Nothing new. */
        record KeepWaiting() implements Verdict {
        }
    }

    /** Seam's own code for a credential deleted at Seam while we waited for it to be issued. */
    public static final String DELETED_AT_SEAM = "deleted_at_seam";

    private SeamReadback() {
    }

    public static Verdict decide(SeamWatch watch, CredentialRead read) {
        return switch (watch.awaiting()) {
            case DELETED -> deleted(read);
            case ISSUED -> issued(watch, read);
        };
    }

    /**
     * Gone: applied. Still there with a {@code failed_to_delete…} error: the access system refused the deletion
     * (older errors, e.g. from its create, do not count: the deletion may still go through).
     */
    private static Verdict deleted(CredentialRead read) {
        if (read instanceof CredentialRead.Gone) {
            return new Verdict.Settle(SyncPhase.APPLIED, null, null);
        }
        for (JsonNode error : ((CredentialRead.Found) read).credential().path("errors")) {
            String code = error.path("error_code").asText("");
            if (code.startsWith("failed_to_delete")) {
                return new Verdict.Settle(SyncPhase.FAILED, code, error.path("message").asText(null));
            }
        }
        return new Verdict.KeepWaiting();
    }

    private static Verdict issued(SeamWatch watch, CredentialRead read) {
        if (read instanceof CredentialRead.Gone gone) {
            return new Verdict.Settle(SyncPhase.FAILED, DELETED_AT_SEAM, gone.message());
        }
        JsonNode credential = ((CredentialRead.Found) read).credential();
        JsonNode errors = credential.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            return new Verdict.Settle(SyncPhase.FAILED, first.path("error_code").asText(null),
                    first.path("message").asText(null));
        }
        if (credential.path("is_latest_desired_state_synced_with_provider").asBoolean(false)) {
            return new Verdict.Settle(SyncPhase.APPLIED, null, null);
        }
        JsonNode warnings = credential.path("warnings");
        if (warnings.isArray() && !warnings.isEmpty()) {
            String code = warnings.get(0).path("warning_code").asText(null);
            if (code != null && !Objects.equals(code, watch.lastReportedCode())) {
                return new Verdict.StillPending(code, warnings.get(0).path("message").asText(null));
            }
        }
        return new Verdict.KeepWaiting();
    }
}
