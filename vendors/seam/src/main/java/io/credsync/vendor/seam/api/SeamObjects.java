package io.credsync.vendor.seam.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The parts of Seam's objects the dispatcher reads. Parsed leniently: Seam's enums and fields keep growing. */
public final class SeamObjects {

    private SeamObjects() {
    }

    /** A warning or error on a Seam object: Seam's own code ({@code waiting_to_be_issued}) and message. */
    public record Notice(String code, String message) {
    }

    public record AcsUser(String id, String fullName, String emailAddress, boolean suspended) {

        public static AcsUser from(JsonNode user) {
            return new AcsUser(user.path("acs_user_id").asText(), text(user, "full_name"),
                    text(user, "email_address"), user.path("is_suspended").asBoolean(false));
        }
    }

    public record AcsCredential(String id, String acsUserId, String accessMethod, String code, Instant endsAt,
            boolean synced, List<Notice> warnings, List<Notice> errors) {

        public static AcsCredential from(JsonNode credential) {
            String endsAt = text(credential, "ends_at");
            return new AcsCredential(credential.path("acs_credential_id").asText(), text(credential, "acs_user_id"),
                    text(credential, "access_method"), text(credential, "code"),
                    endsAt == null ? null : Instant.parse(endsAt),
                    credential.path("is_latest_desired_state_synced_with_provider").asBoolean(false),
                    notices(credential.path("warnings"), "warning_code"),
                    notices(credential.path("errors"), "error_code"));
        }

        /** Code hidden: records print their fields. */
        @Override
        public String toString() {
            return "AcsCredential[" + id + ", " + accessMethod + ", synced=" + synced + "]";
        }
    }

    private static List<Notice> notices(JsonNode array, String codeField) {
        var notices = new ArrayList<Notice>();
        array.forEach(n -> notices.add(new Notice(n.path(codeField).asText("unknown"), n.path("message")
                .asText(""))));
        return notices;
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
